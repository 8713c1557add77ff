package fr.heurecivique.volunteer.volunteers;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A volunteer's own record. Intended callers: the volunteer themselves, coordinators. */
@RestController
@RequestMapping("/api/volunteers")
class VolunteerController {

    private final VolunteerStore volunteers;

    VolunteerController(VolunteerStore volunteers) {
        this.volunteers = volunteers;
    }

    @GetMapping("/{id}")
    VolunteerView volunteer(@PathVariable String id) {
        return VolunteerView.of(volunteers.get(id));
    }
}
