package fr.heurecivique.commune.needs;

/**
 * Why a need was cancelled: a code, which travels in events, while the referent's free note stays in
 * commune-service (it may tell of someone's health).
 */
public enum CancellationReason {
    /** The need no longer exists. */
    NO_LONGER_NEEDED,
    /** Someone else (family, a professional) helps. */
    HELP_FOUND_ELSEWHERE,
    /** The beneficiary cannot be helped for now (away, in hospital…). */
    BENEFICIARY_UNAVAILABLE,
    /** The association's event or activity was cancelled. */
    EVENT_CANCELLED,
    /** Recorded twice or by mistake. */
    RECORDED_BY_MISTAKE,
    /** Any other reason: the note says which. */
    OTHER
}
