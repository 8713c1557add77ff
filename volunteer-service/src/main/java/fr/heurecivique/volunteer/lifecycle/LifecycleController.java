package fr.heurecivique.volunteer.lifecycle;

import fr.heurecivique.volunteer.sessions.VideoSessionStore;
import fr.heurecivique.volunteer.volunteers.VolunteerStore;
import fr.heurecivique.volunteer.volunteers.VolunteerView;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;

/**
 * A volunteer pauses (holidays, health), resumes, or withdraws from the scheme. Intended callers: the volunteer
 * themselves, or a coordinator on their behalf. An illegal transition is a 409.
 */
@RestController
@RequestMapping("/api/volunteers/{id}")
class LifecycleController {

    private final VolunteerStore volunteers;
    private final VideoSessionStore sessions;
    private final Clock clock;

    LifecycleController(VolunteerStore volunteers, VideoSessionStore sessions, Clock clock) {
        this.volunteers = volunteers;
        this.sessions = sessions;
        this.clock = clock;
    }

    @PostMapping("/pause")
    VolunteerView pause(@PathVariable String id) {
        volunteers.change(id, volunteer -> {
            volunteer.pause(clock.instant());
            return null;
        });
        return VolunteerView.of(volunteers.get(id));
    }

    @PostMapping("/resume")
    VolunteerView resume(@PathVariable String id) {
        volunteers.change(id, volunteer -> {
            volunteer.resume(clock.instant());
            return null;
        });
        return VolunteerView.of(volunteers.get(id));
    }

    @PostMapping("/withdraw")
    VolunteerView withdraw(@PathVariable String id) {
        volunteers.change(id, volunteer -> volunteer.withdraw(clock.instant()))
                .ifPresent(session -> sessions.find(session).ifPresent(held ->
                        sessions.change(held.id(), seats -> seats.releaseSeat(id))));
        return VolunteerView.of(volunteers.get(id));
    }
}
