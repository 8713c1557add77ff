package fr.heurecivique.volunteer.rgpd;

import fr.heurecivique.volunteer.volunteers.Milestone;
import fr.heurecivique.volunteer.volunteers.VolunteerView;

import tools.jackson.databind.JsonNode;

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
 * @param matches           what matching-service holds: the matches (missions) with their need, date, status and
 *                          minutes, and the minutes given in all ({@code null} when it did not answer)
 * @param deliveries        what notification-service holds: the messages sent to them, addresses masked
 * @param account           what identity-service holds: their account (email, roles, created, password changed)
 * @param missing           the parts that could not be gathered, in French (empty when the export is whole)
 */
record VolunteerExport(Instant exportedAt, String controller, VolunteerView volunteer, Instant consentsUpdatedAt,
        List<Milestone> history, List<SessionRecord> sessions, String elsewhere, JsonNode matches,
        JsonNode deliveries, JsonNode account, List<String> missing) {

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
