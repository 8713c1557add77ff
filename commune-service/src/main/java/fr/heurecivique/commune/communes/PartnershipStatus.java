package fr.heurecivique.commune.communes;

/**
 * Where a commune stands with the scheme. The lifecycle: {@code NONE → REQUESTED} (public request) {@code →
 * CONTACTED} (a coordinator called) {@code → PARTNER} (charter signed, kit sent) {@code ⇄ SUSPENDED}.
 */
public enum PartnershipStatus {
    /** Not (yet) in the scheme. */
    NONE("non partenaire"),
    /** Asked to become a partner ("devenez commune partenaire"). */
    REQUESTED("demande reçue"),
    /** The association called the commune. */
    CONTACTED("contactée"),
    /** Charter signed, communication kit sent: a partner commune. */
    PARTNER("partenaire"),
    /** Partnership on hold. */
    SUSPENDED("partenariat suspendu");

    private final String label;

    PartnershipStatus(String label) {
        this.label = label;
    }

    /** The French label, for messages. */
    public String label() {
        return label;
    }
}
