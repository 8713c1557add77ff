package fr.heurecivique.commune.beneficiaries;

/** How a beneficiary prefers to be reached. */
public enum PreferredContact {
    /** A phone call (landline or mobile). */
    PHONE_CALL,
    /** A text message: needs a mobile number. */
    SMS,
    /** Through the referent, who passes messages on (no phone, or the beneficiary prefers it). */
    THROUGH_REFERENT
}
