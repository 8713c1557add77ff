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
 * @param volunteersNeeded how many volunteers the need wants
 * @param acceptedCount    how many matches of the need are accepted or completed (the slots taken)
 * @param completedCount   how many are completed
 * @param full             whether enough volunteers accepted: the need is in progress
 * @param done             whether the need is done: at least one match completed and none proposed or accepted left
 * @param matchingVersion  the version of the need's matches as a whole (one more at each change): a consumer that
 *                         follows {@code full}/{@code done} ignores an older one
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
        long matchingVersion) {
}
