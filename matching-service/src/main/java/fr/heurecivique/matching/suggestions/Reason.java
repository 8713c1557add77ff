package fr.heurecivique.matching.suggestions;

/**
 * Why a volunteer is suggested (or ranked where they are): a stable code for programs and a French label for the
 * referent who reads it.
 */
public enum Reason {

    SAME_COMMUNE("Habite la commune du besoin"),
    ACTIVE("Entretien réalisé : périmètre d’action défini"),
    ONBOARDING_PENDING("Inscription en cours : présentation et entretien pas encore faits"),
    WAITED_LONGEST("Inscrit depuis plus longtemps");

    private final String label;

    Reason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
