package fr.heurecivique.contracts.volunteer;

import java.util.List;

/**
 * The volunteer's profile, consents, commune or perimeter changed ({@code fr.heurecivique.volunteer.updated.v1}).
 *
 * @param volunteer the whole new state
 * @param changed   the names of the state's fields that changed (e.g. {@code communeInsee}, {@code perimeter},
 *                  {@code consents}), never their values
 */
public record VolunteerUpdated(VolunteerState volunteer, List<String> changed) implements VolunteerStateEvent {
}
