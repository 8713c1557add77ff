package fr.heurecivique.volunteer.rgpd;

import fr.heurecivique.volunteer.volunteers.Milestone;
import fr.heurecivique.volunteer.volunteers.VolunteerView;

import java.time.Instant;
import java.util.List;

/**
 * Everything volunteer-service holds about a volunteer (RGPD right of access and portability), in a structured,
 * machine-readable form.
 *
 * @param exportedAt        when this export was made
 * @param controller        who is responsible for the processing
 * @param volunteer         the volunteer's record: identity, contacts, commune, address, year of birth, how they
 *                          heard of the scheme, partner code, consents, onboarding, perimeter
 * @param consentsUpdatedAt when the consents were last given or changed
 * @param history           the steps of their journey, with their dates
 * @param sessions          the video presentation sessions they booked or attended
 * @param elsewhere         what the other parts of the platform hold, and where to ask for it
 */
record VolunteerExport(Instant exportedAt, String controller, VolunteerView volunteer, Instant consentsUpdatedAt,
        List<Milestone> history, List<SessionRecord> sessions, String elsewhere) {

    /**
     * @param sessionId       the session
     * @param startsAt        when it started
     * @param durationMinutes how long it lasted
     * @param booked          whether the volunteer holds a seat in it
     * @param present         whether they were marked present
     */
    record SessionRecord(String sessionId, Instant startsAt, int durationMinutes, boolean booked, boolean present) {
    }
}
