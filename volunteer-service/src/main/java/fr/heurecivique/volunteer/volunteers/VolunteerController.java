package fr.heurecivique.volunteer.volunteers;

import fr.heurecivique.defaults.audit.PersonalDataAudit;
import fr.heurecivique.defaults.security.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A volunteer's own record. Intended callers: the volunteer themselves, coordinators. */
@RestController
@RequestMapping("/api/volunteers")
class VolunteerController {

    private final VolunteerStore volunteers;
    private final PersonalDataAudit audit;

    VolunteerController(VolunteerStore volunteers, PersonalDataAudit audit) {
        this.volunteers = volunteers;
        this.audit = audit;
    }

    @GetMapping("/{id}")
    VolunteerView volunteer(@PathVariable String id) {
        VolunteerView view = VolunteerView.of(volunteers.get(id));
        Caller caller = Caller.current();
        if (!caller.isVolunteer(id)) {
            audit.record(caller, "VOLUNTEER_VIEWED", "VOLUNTEER", id);
        }
        return view;
    }
}
