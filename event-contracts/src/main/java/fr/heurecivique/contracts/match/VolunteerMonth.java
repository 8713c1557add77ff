package fr.heurecivique.contracts.match;

/**
 * A volunteer's hours in one month, as the hours ledger counts them after a completion: what the message thanking
 * the volunteer shows.
 *
 * @param month        the month, {@code YYYY-MM} (Europe/Paris)
 * @param minutes      the minutes given in that month, this completion included
 * @param pledgeHours  the hours a month the volunteer pledged, when known
 */
public record VolunteerMonth(String month, int minutes, Integer pledgeHours) {
}
