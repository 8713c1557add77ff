package fr.heurecivique.volunteer.volunteers;

import fr.heurecivique.defaults.web.ResourceNotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/volunteers")
class VolunteerController {

    private final VolunteerRepository volunteers;

    VolunteerController(VolunteerRepository volunteers) {
        this.volunteers = volunteers;
    }

    @GetMapping("/{id}")
    VolunteerView volunteer(@PathVariable String id) {
        return volunteers.findById(id).map(VolunteerView::of)
                .orElseThrow(() -> new ResourceNotFoundException("Aucun bénévole n’a cet identifiant."));
    }
}
