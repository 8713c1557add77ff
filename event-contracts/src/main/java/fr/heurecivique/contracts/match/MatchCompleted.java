package fr.heurecivique.contracts.match;

/**
 * The referent recorded the help as given, with its actual duration ({@code fr.heurecivique.match.completed.v1});
 * status {@code COMPLETED}. The minutes count in the volunteer's month ({@code volunteerMonth}, for the thank-you
 * message) and in the figures of the need's commune, kind of help and the volunteer's partner organisation.
 *
 * @param match          the match
 * @param need           its need
 * @param volunteerMonth the volunteer's hours in the month of the completion, this one included
 */
public record MatchCompleted(MatchState match, MatchNeed need, VolunteerMonth volunteerMonth) implements MatchEvent {
}
