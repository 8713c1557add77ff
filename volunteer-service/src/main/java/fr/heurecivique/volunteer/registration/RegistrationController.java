package fr.heurecivique.volunteer.registration;

import fr.heurecivique.volunteer.volunteers.Volunteer;
import fr.heurecivique.volunteer.volunteers.VolunteerView;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Public sign-up. Intended caller: anyone (a resident on the web or their phone). */
@RestController
class RegistrationController {

    private final Registrations registrations;

    RegistrationController(Registrations registrations) {
        this.registrations = registrations;
    }

    @PostMapping("/api/volunteers")
    ResponseEntity<VolunteerView> register(@Valid @RequestBody RegistrationRequest request) {
        Volunteer volunteer = registrations.register(request);
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}")
                .buildAndExpand(volunteer.id()).toUri()).body(VolunteerView.of(volunteer));
    }
}
