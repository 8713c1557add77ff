package fr.heurecivique.commune.needs;

/** A need's lifecycle. */
public enum NeedStatus {
    /** Waiting for volunteers. */
    OPEN,
    /** Enough volunteers matched. */
    IN_PROGRESS,
    /** Done. */
    DONE,
    /** Cancelled by the commune. */
    CANCELLED,
    /** Its date passed with no match. */
    EXPIRED
}
