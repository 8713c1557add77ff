package fr.heurecivique.volunteer.volunteers;

/** The catalogue of kinds of help, shared by volunteers' perimeters and needs. */
public enum KindOfHelp {
    /** Company and visits. */
    VISITS,
    /** Shopping and errands. */
    SHOPPING,
    LIFTS,
    /** Digital help. */
    DIGITAL,
    PAPERWORK,
    /** Small repairs. */
    DIY,
    GARDENING,
    /** Help at events. */
    EVENTS,
    /** Animal care. */
    ANIMALS,
    OTHER
}
