package fr.heurecivique.volunteer.rgpd;

import fr.heurecivique.volunteer.sessions.VideoSessionStore;
import fr.heurecivique.volunteer.volunteers.Volunteer;
import fr.heurecivique.volunteer.volunteers.VolunteerStore;
import fr.heurecivique.volunteer.volunteers.VolunteerView;
import fr.heurecivique.defaults.audit.PersonalDataAudit;
import fr.heurecivique.defaults.security.Caller;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.util.Comparator;

/**
 * The volunteer's RGPD rights: access and portability (export), erasure. Intended caller: the volunteer themselves
 * (a coordinator may act on a written request).
 */
@RestController
@RequestMapping("/api/volunteers/{id}")
class RgpdController {

    static final String CONTROLLER = "Département de la Charente-Maritime, avec l’association Voisins Solidaires "
            + "(dispositif L’Heure Civique)";
    static final String ELSEWHERE = "Le service de mise en relation garde votre prénom, l’initiale de votre nom, "
            + "votre commune, votre statut et votre périmètre d’action, et vos mises en relation avec les heures "
            + "données (ci-dessous : matches) ; le service de notification garde vos coordonnées et vos "
            + "consentements, et le journal des messages qui vous ont été envoyés (deliveries) ; le service "
            + "d’identité, votre compte de connexion (account). Tout est effacé avec votre inscription, sauf les "
            + "heures données, gardées sans votre nom pour les statistiques.";

    private final VolunteerStore volunteers;
    private final VideoSessionStore sessions;
    private final Erasures erasures;
    private final Clock clock;

    private final PersonalDataAudit audit;
    private final HeldElsewhere heldElsewhere;

    RgpdController(VolunteerStore volunteers, VideoSessionStore sessions, Erasures erasures, Clock clock,
            PersonalDataAudit audit, HeldElsewhere heldElsewhere) {
        this.heldElsewhere = heldElsewhere;
        this.audit = audit;
        this.volunteers = volunteers;
        this.sessions = sessions;
        this.erasures = erasures;
        this.clock = clock;
    }

    /** Everything held about the volunteer, as a JSON file to download. */
    @GetMapping("/export")
    ResponseEntity<VolunteerExport> export(@PathVariable String id) {
        Volunteer volunteer = volunteers.get(id);
        Caller caller = Caller.current();
        if (!caller.isVolunteer(id)) {
            audit.record(caller, "VOLUNTEER_EXPORTED", "VOLUNTEER", id);
        }
        HeldElsewhere.Gathered elsewhere = heldElsewhere.about(id);
        VolunteerExport export = new VolunteerExport(clock.instant(), CONTROLLER, VolunteerView.of(volunteer),
                volunteer.consentsUpdatedAt(), volunteer.history(),
                sessions.knowing(id).stream()
                        .sorted(Comparator.comparing(fr.heurecivique.volunteer.sessions.VideoSession::startsAt))
                        .map(session -> new VolunteerExport.SessionRecord(session.id(), session.startsAt(),
                                session.durationMinutes(), session.bookings().contains(id),
                                session.attendees().contains(id)))
                        .toList(),
                ELSEWHERE, elsewhere.matches(), elsewhere.deliveries(), elsewhere.account(), elsewhere.missing());
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("heure-civique-mes-donnees.json").build().toString())
                .body(export);
    }

    /** Erases the volunteer: 204, then 404 for everything about them. */
    @DeleteMapping
    ResponseEntity<Void> erase(@PathVariable String id) {
        erasures.erase(id);
        return ResponseEntity.noContent().build();
    }
}
