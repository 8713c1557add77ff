package fr.heurecivique.volunteer.sessions;

import fr.heurecivique.volunteer.volunteers.Volunteer;
import fr.heurecivique.volunteer.volunteers.VolunteerStore;
import jakarta.validation.Valid;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Video presentation sessions. Publishing one and reading its participants: coordinators. Listing the upcoming
 * ones: anyone (a volunteer choosing a session). Bookings and attendance are in {@code onboarding}.
 */
@RestController
@RequestMapping("/api/sessions")
class SessionController {

    private final VideoSessionStore sessions;
    private final VolunteerStore volunteers;
    private final Clock clock;

    SessionController(VideoSessionStore sessions, VolunteerStore volunteers, Clock clock) {
        this.sessions = sessions;
        this.volunteers = volunteers;
        this.clock = clock;
    }

    /** Coordinators publish a session. */
    @PostMapping
    ResponseEntity<SessionDetailsView> publish(@Valid @RequestBody SessionRequest request) {
        VideoSession session = sessions.insert(VideoSession.publish(
                request.title() == null || request.title().isBlank() ? null : request.title().strip(),
                request.startsAt(), request.durationMinutes(), request.videoLink().strip(), request.capacity(),
                clock.instant()));
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}")
                .buildAndExpand(session.id()).toUri()).body(details(session));
    }

    /**
     * The sessions still to come, soonest first, with their free seats; with {@code from}, those starting after it
     * (the coordinators' desk lists the recent ones too, to mark attendance). Public fields only.
     */
    @GetMapping
    List<SessionView> upcoming(@RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) java.time.Instant from) {
        return sessions.all(Query.query(Criteria.where("startsAt").gt(from == null ? clock.instant() : from))
                .with(Sort.by("startsAt"))).stream().map(SessionView::of).toList();
    }

    /** Coordinators: a session with its link and participants. */
    @GetMapping("/{id}")
    SessionDetailsView session(@PathVariable String id) {
        return details(sessions.get(id));
    }

    private SessionDetailsView details(VideoSession session) {
        Set<String> known = new LinkedHashSet<>(session.bookings());
        known.addAll(session.attendees());
        List<SessionDetailsView.Participant> participants = known.stream()
                .map(volunteers::find).flatMap(java.util.Optional::stream)
                .map(volunteer -> participant(volunteer, session)).toList();
        return new SessionDetailsView(session.id(), session.title(), session.startsAt(), session.durationMinutes(),
                session.videoLink(), session.capacity(), session.seatsLeft(), participants);
    }

    private static SessionDetailsView.Participant participant(Volunteer volunteer, VideoSession session) {
        return new SessionDetailsView.Participant(volunteer.id(), volunteer.firstName(), volunteer.lastName(),
                session.attendees().contains(volunteer.id()));
    }
}
