package fr.heurecivique.contracts.volunteer;

import java.util.List;

/**
 * The perimeter of action agreed at the phone interview: what the matching engine ranks on.
 *
 * @param modes              {@code ORGANISED} (associations' needs) and/or {@code INDIVIDUAL} (neighbourhood help)
 * @param maxDistanceKm      how far from the centre of their commune the volunteer goes, in kilometres
 * @param kindsOfHelp        kinds of help from the catalogue ({@code VISITS}, {@code SHOPPING}, {@code LIFTS},
 *                           {@code DIGITAL}, {@code PAPERWORK}, {@code DIY}, {@code GARDENING}, {@code EVENTS},
 *                           {@code ANIMALS}, {@code OTHER}); consumers tolerate new values
 * @param availability       when in the week the volunteer is available
 * @param monthlyPledgeHours hours a month the volunteer pledges (the scheme's default: 1)
 */
public record VolunteerPerimeter(List<String> modes, int maxDistanceKm, List<String> kindsOfHelp,
        List<WeeklySlot> availability, int monthlyPledgeHours) {

    /**
     * A time of the week when the volunteer is available.
     *
     * @param day    {@code MONDAY} … {@code SUNDAY}
     * @param period {@code MORNING}, {@code AFTERNOON} or {@code EVENING}
     */
    public record WeeklySlot(String day, String period) {
    }
}
