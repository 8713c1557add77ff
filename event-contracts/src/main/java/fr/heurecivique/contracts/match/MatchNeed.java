package fr.heurecivique.contracts.match;

import fr.heurecivique.contracts.need.NeedSchedule;

/**
 * What a match event says about its need: what the messages to the volunteer and the referent show (title, kind,
 * where, when — never the beneficiary's identity or address), and where the need stands with its matches, which
 * commune-service follows to move the need to {@code IN_PROGRESS} (full), back to {@code OPEN}, or to {@code DONE}.
 *
 * @param needId           the need's id
 * @param title            its title, e.g. "Courses du jeudi"
 * @param kind             the kind of help
 * @param mode             {@code INDIVIDUAL} (a resident) or {@code ORGANISED} (an association)
 * @param communeInsee     the need's commune
 * @param communeName      the commune's name, when matching knows it
 * @param placeKind        {@code ADDRESS}, {@code BENEFICIARY_HOME} or {@code COMMUNE_CENTRE}
 * @param placeLabel       where, in French, without any address ("Au domicile de la personne aidée, à Rochefort")
 * @param associationName  the association, for an organised need
 * @param schedule         when, in local time (Europe/Paris)
 * @param whenLabel        when, in French ("jeudi 3 décembre 2026, de 10 h à 12 h")
 * @param durationMinutes  the expected duration of one occurrence
 * @param volunteersNeeded how many volunteers the need wants (on each of its dates)
 * @param acceptedCount    how many matches of the need are accepted or completed (the places taken, every date)
 * @param completedCount   how many are completed
 * @param full             whether no place is left to fill: every date still to come has all its volunteers
 * @param done             whether the need is done: nothing proposed or accepted left, at least one match completed,
 *                         and either every place of every date completed or the last date over
 * @param matchingVersion  the version of the need's matches as a whole (one more at each change): a consumer that
 *                         follows {@code full}/{@code done} ignores an older one
 * @param occurrences      how many dates the need has (1 for a one-off need); added within v1, absent from older
 *                         events
 * @param placesNeeded     volunteersNeeded × occurrences: the places of the whole need (added within v1)
 * @param placesDone       the places completed, at most volunteersNeeded per date (added within v1)
 * @param placesLeft       the places still to fill on the dates still to come (added within v1)
 * @param ended            whether the need's last date is over (added within v1)
 */
public record MatchNeed(
        String needId,
        String title,
        String kind,
        String mode,
        String communeInsee,
        String communeName,
        String placeKind,
        String placeLabel,
        String associationName,
        NeedSchedule schedule,
        String whenLabel,
        Integer durationMinutes,
        int volunteersNeeded,
        int acceptedCount,
        int completedCount,
        boolean full,
        boolean done,
        long matchingVersion,
        Integer occurrences,
        Integer placesNeeded,
        Integer placesDone,
        Integer placesLeft,
        Boolean ended) {

    /** A summary without the counts of places (as before they existed). */
    public MatchNeed(String needId, String title, String kind, String mode, String communeInsee, String communeName,
            String placeKind, String placeLabel, String associationName, NeedSchedule schedule, String whenLabel,
            Integer durationMinutes, int volunteersNeeded, int acceptedCount, int completedCount, boolean full,
            boolean done, long matchingVersion) {
        this(needId, title, kind, mode, communeInsee, communeName, placeKind, placeLabel, associationName, schedule,
                whenLabel, durationMinutes, volunteersNeeded, acceptedCount, completedCount, full, done,
                matchingVersion, null, null, null, null, null);
    }
}
