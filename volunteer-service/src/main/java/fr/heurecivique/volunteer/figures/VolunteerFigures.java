package fr.heurecivique.volunteer.figures;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Counts of volunteers, without personal data.
 *
 * @param generatedAt      when they were counted
 * @param total            volunteers on record (erased ones are not)
 * @param byStatus         per status ({@code REGISTERED}, {@code ACTIVE}, {@code PAUSED}, {@code WITHDRAWN})
 * @param byOnboardingStep per onboarding step, for the volunteers still registering
 * @param funnel           the onboarding funnel: how many volunteers on record reached each stage —
 *                         {@code SIGNED_UP} (all), {@code SESSION_ATTENDED} (attended the video session),
 *                         {@code INTERVIEWED} (interview done, perimeter set), {@code ACTIVE} (active now)
 * @param communes         per commune, largest first
 * @param partners         per partner code, largest first (volunteers who came through no partner are not listed)
 */
record VolunteerFigures(Instant generatedAt, long total, Map<String, Long> byStatus,
        Map<String, Long> byOnboardingStep, Map<String, Long> funnel, List<CommuneFigures> communes, List<PartnerFigures> partners) {

    record CommuneFigures(String communeInsee, String communeName, long total, Map<String, Long> byStatus) {
    }

    record PartnerFigures(String partnerCode, long total, Map<String, Long> byStatus) {
    }
}
