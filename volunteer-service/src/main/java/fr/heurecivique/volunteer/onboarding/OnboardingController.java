package fr.heurecivique.volunteer.onboarding;

import fr.heurecivique.defaults.security.Caller;
import fr.heurecivique.defaults.security.Role;
import fr.heurecivique.volunteer.volunteers.PerimeterRequest;
import fr.heurecivique.volunteer.volunteers.VolunteerView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;

/**
 * The onboarding steps. Booking a session: the volunteer themselves. Attendance, interview appointment and outcome:
 * coordinators of Voisins Solidaires.
 */
@RestController
class OnboardingController {

    private final Onboardings onboardings;

    OnboardingController(Onboardings onboardings) {
        this.onboardings = onboardings;
    }

    /** @param volunteerId the volunteer who books */
    record BookingRequest(@NotBlank String volunteerId) {
    }

    /** @param volunteerId the volunteer a coordinator marks present */
    record AttendanceRequest(@NotBlank String volunteerId) {
    }

    /** @param scheduledAt when the coordinator will call (ISO-8601 with offset), in the future */
    record AppointmentRequest(@NotNull Instant scheduledAt) {
    }

    /** The volunteer books this session, or moves their booking to it. */
    @PostMapping("/api/sessions/{sessionId}/bookings")
    VolunteerView book(@PathVariable String sessionId, @Valid @RequestBody BookingRequest request) {
        String volunteerId = request.volunteerId().strip();
        Caller caller = Caller.current();
        // A volunteer books for themselves only; a coordinator for anyone (booking on the phone).
        Caller.require(caller.has(Role.COORDINATOR) || caller.isVolunteer(volunteerId));
        return VolunteerView.of(onboardings.book(sessionId, volunteerId));
    }

    /** A coordinator marks a volunteer who booked this session present, once it has started. */
    @PostMapping("/api/sessions/{sessionId}/attendance")
    VolunteerView attendance(@PathVariable String sessionId, @Valid @RequestBody AttendanceRequest request) {
        return VolunteerView.of(onboardings.markAttended(sessionId, request.volunteerId().strip()));
    }

    /** A coordinator schedules (or moves) the phone interview. */
    @PostMapping("/api/volunteers/{id}/interview-appointment")
    VolunteerView appointment(@PathVariable String id, @Valid @RequestBody AppointmentRequest request) {
        return VolunteerView.of(onboardings.scheduleInterview(id, request.scheduledAt()));
    }

    /** A coordinator records the interview's outcome, the perimeter of action: the volunteer becomes active. */
    @PostMapping("/api/volunteers/{id}/interview")
    VolunteerView interview(@PathVariable String id, @Valid @RequestBody PerimeterRequest perimeter) {
        return VolunteerView.of(onboardings.recordInterview(id, perimeter.toPerimeter()));
    }
}
