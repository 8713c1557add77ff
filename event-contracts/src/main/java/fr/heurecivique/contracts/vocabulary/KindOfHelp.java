package fr.heurecivique.contracts.vocabulary;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The one catalogue of kinds of help (DESIGN.md section 4), for volunteers' perimeters and needs alike, with its French
 * words. The codes are the API's and the events' values; their order is the catalogue's (matching-service's engine
 * gives each its bit in this order).
 */
public enum KindOfHelp {
    VISITS("Compagnie et visites", "compagnie et visites"),
    SHOPPING("Courses", "courses et commissions"),
    LIFTS("Transport", "transport accompagné"),
    DIGITAL("Aide numérique", "aide numérique"),
    PAPERWORK("Démarches administratives", "démarches administratives"),
    DIY("Petit bricolage", "petit bricolage"),
    GARDENING("Jardinage", "jardinage"),
    EVENTS("Aide aux événements", "aide aux événements"),
    ANIMALS("Soin des animaux", "soin des animaux"),
    OTHER("Autre", "autre aide");

    /** The codes, in the catalogue's order. */
    public static final List<String> CODES = Arrays.stream(values()).map(Enum::name).toList();

    private final String label;
    private final String inSentence;

    KindOfHelp(String label, String inSentence) {
        this.label = label;
        this.inSentence = inSentence;
    }

    /** As a heading, a column or a choice: "Courses". */
    public String label() {
        return label;
    }

    /** As it reads inside a sentence: "courses et commissions". */
    public String inSentence() {
        return inSentence;
    }

    /** The kind a code names, if it names one. */
    public static Optional<KindOfHelp> of(String code) {
        return Arrays.stream(values()).filter(kind -> kind.name().equals(code)).findFirst();
    }

    public static boolean isKnown(String code) {
        return of(code).isPresent();
    }

    /** The label of a code; an unknown code (a newer producer) shows as itself. */
    public static String labelOf(String code) {
        return of(code).map(KindOfHelp::label).orElse(code);
    }

    /** The in-sentence words of a code; an unknown code shows as itself, in lower case. */
    public static String inSentenceOf(String code) {
        return of(code).map(KindOfHelp::inSentence).orElse(code == null ? "" : code.toLowerCase(Locale.FRANCE));
    }
}
