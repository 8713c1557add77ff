package fr.heurecivique.matching.domain.matches;

/** Why a match was cancelled or withdrawn. The first four are given by a person, the others by the platform. */
public enum CancellationReason {
    NO_LONGER_AVAILABLE(true),
    NO_LONGER_NEEDED(true),
    SCHEDULE_CHANGED(true),
    OTHER(true),
    NEED_CANCELLED(false),
    NEED_EXPIRED(false),
    NEED_FULL(false),
    VOLUNTEER_ERASED(false),
    VOLUNTEER_WITHDRAWN(false),
    /** The volunteer paused: their pending proposals are withdrawn (an accepted mission stays theirs to cancel). */
    VOLUNTEER_PAUSED(false),
    /** The volunteer moved to another commune: their pending proposals are withdrawn. */
    VOLUNTEER_MOVED(false);

    private final boolean givenByAPerson;

    CancellationReason(boolean givenByAPerson) {
        this.givenByAPerson = givenByAPerson;
    }

    public boolean givenByAPerson() {
        return givenByAPerson;
    }
}
