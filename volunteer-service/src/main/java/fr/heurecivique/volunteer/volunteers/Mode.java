package fr.heurecivique.volunteer.volunteers;

/** How a volunteer helps. */
public enum Mode {
    /** Through local associations (their needs, their events). */
    ORGANISED,
    /** Neighbourhood help to individual residents. */
    INDIVIDUAL
}
