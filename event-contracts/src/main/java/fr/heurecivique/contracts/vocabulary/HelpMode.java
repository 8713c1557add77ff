package fr.heurecivique.contracts.vocabulary;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** How a volunteer helps, and who a need is for (DESIGN.md section 4), with the French words for each. */
public enum HelpMode {
    /** Through local associations (their needs, their events). */
    ORGANISED("Organisé (associations)", "avec les associations",
            "Avec les associations (leurs besoins, leurs événements)"),
    /** Neighbourhood help to individual residents. */
    INDIVIDUAL("Individuel (voisinage)", "entre voisins", "Auprès d’habitants, dans le voisinage");

    /** The codes, in the catalogue's order. */
    public static final List<String> CODES = Arrays.stream(values()).map(Enum::name).toList();

    private final String label;
    private final String inSentence;
    private final String description;

    HelpMode(String label, String inSentence, String description) {
        this.label = label;
        this.inSentence = inSentence;
        this.description = description;
    }

    /** As a column or a short choice: "Individuel (voisinage)". */
    public String label() {
        return label;
    }

    /** Inside a sentence: "entre voisins". */
    public String inSentence() {
        return inSentence;
    }

    /** Explained to the volunteer: "Auprès d’habitants, dans le voisinage". */
    public String description() {
        return description;
    }

    public static Optional<HelpMode> of(String code) {
        return Arrays.stream(values()).filter(mode -> mode.name().equals(code)).findFirst();
    }
}
