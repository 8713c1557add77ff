package fr.heurecivique.commune.needs;

/** The one catalogue of kinds of help, shared by volunteers' perimeters and needs. */
public enum KindOfHelp {
    VISITS, SHOPPING, LIFTS, DIGITAL, PAPERWORK, DIY, GARDENING, EVENTS, ANIMALS, OTHER;

    /** Whether {@code code} names a kind of help. */
    public static boolean isKnown(String code) {
        for (KindOfHelp kind : values()) {
            if (kind.name().equals(code)) {
                return true;
            }
        }
        return false;
    }
}
