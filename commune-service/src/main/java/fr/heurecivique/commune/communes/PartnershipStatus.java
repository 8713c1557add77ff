package fr.heurecivique.commune.communes;

/** Where a commune stands with the scheme. */
public enum PartnershipStatus {
    /** Not (yet) in the scheme. */
    NONE,
    /** Asked to become a partner ("devenez commune partenaire"). */
    REQUESTED,
    /** The association called the commune. */
    CONTACTED,
    /** Charter signed, communication kit sent: a partner commune. */
    PARTNER,
    /** Partnership on hold. */
    SUSPENDED
}
