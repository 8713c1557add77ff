package fr.heurecivique.matching.hours;

import java.util.List;

/**
 * A volunteer's hours: this month, this year, in all, and month by month (newest first).
 *
 * @param pledgeHours    the hours a month they pledged, when known
 * @param pledgeFulfilled whether this month's minutes reach the pledge
 */
record VolunteerHours(String volunteerId, String month, int minutesThisMonth, int minutesThisYear, int minutesTotal,
        Integer pledgeHours, Boolean pledgeFulfilled, List<Month> months) {

    record Month(String month, int minutes, int matches) {
    }
}
