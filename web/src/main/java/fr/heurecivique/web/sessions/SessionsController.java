package fr.heurecivique.web.sessions;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import fr.heurecivique.web.api.ApiProblem;
import fr.heurecivique.web.api.ApiUnavailableException;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.client.RestClient;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The video presentation sessions to come ({@code GET /api/sessions}, public). Booking one is in the volunteer's space. */
@Controller
class SessionsController {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRENCH);

    private final RestClient api;

    SessionsController(RestClient gatewayApi) {
        this.api = gatewayApi;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ApiSession(String id, String title, Instant startsAt, int durationMinutes, Instant endsAt, int capacity,
            int seatsLeft) {
    }

    /** A session as the page shows it: "mardi 15 décembre 2026", "de 18 h 30 à 19 h 30". */
    record SessionLine(String id, String title, String day, String hours, String seats, boolean full) {

        static SessionLine of(ApiSession session) {
            ZonedDateTime start = session.startsAt().atZone(PARIS);
            ZonedDateTime end = (session.endsAt() != null ? session.endsAt()
                    : session.startsAt().plusSeconds(60L * session.durationMinutes())).atZone(PARIS);
            String seats = session.seatsLeft() <= 0 ? "Complet"
                    : session.seatsLeft() == 1 ? "Une place libre" : session.seatsLeft() + " places libres";
            return new SessionLine(session.id(),
                    session.title() == null || session.title().isBlank() ? "Présentation de L’Heure Civique"
                            : session.title(),
                    capitalized(DAY.format(start)), "de " + time(start) + " à " + time(end), seats, session.seatsLeft() <= 0);
        }

        static String capitalized(String text) {
            return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
        }

        /** "18 h 30", "9 h" (issue 19: one way to write times). */
        static String time(ZonedDateTime at) {
            return at.getHour() + " h" + (at.getMinute() == 0 ? "" : String.format(" %02d", at.getMinute()));
        }
    }

    @GetMapping("/visios")
    String sessions(Model model) {
        try {
            List<ApiSession> sessions = api.get().uri("/api/sessions").retrieve()
                    .body(new ParameterizedTypeReference<List<ApiSession>>() {
                    });
            model.addAttribute("sessions", sessions == null ? List.of()
                    : sessions.stream().map(SessionLine::of).toList());
        } catch (ApiProblem | ApiUnavailableException unavailable) {
            model.addAttribute("unavailable", true);
        }
        return "sessions";
    }
}
