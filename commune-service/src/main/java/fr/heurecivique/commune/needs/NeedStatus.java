package fr.heurecivique.commune.needs;

/**
 * A need's lifecycle: {@code OPEN → IN_PROGRESS} (enough volunteers matched, issue 5) {@code → DONE}; an open or
 * in-progress need may be {@code CANCELLED} (with a reason); an open need whose last date passed becomes
 * {@code EXPIRED} (scheduled).
 */
public enum NeedStatus {
    /** Waiting for volunteers. */
    OPEN("ouvert"),
    /** Enough volunteers matched. */
    IN_PROGRESS("en cours"),
    /** Done. */
    DONE("réalisé"),
    /** Cancelled by the commune. */
    CANCELLED("annulé"),
    /** Its date passed with no match. */
    EXPIRED("expiré");

    private final String label;

    NeedStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
