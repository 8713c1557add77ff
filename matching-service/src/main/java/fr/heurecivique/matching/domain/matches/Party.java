package fr.heurecivique.matching.domain.matches;

/** Who ended a match: the volunteer, the referent, or the platform (a need cancelled, a volunteer erased…). */
public enum Party {
    VOLUNTEER, REFERENT, SYSTEM
}
