package fr.heurecivique.notification.sms;

import java.text.Normalizer;
import java.util.Map;

/**
 * SMS text in the GSM 03.38 alphabet (GSM-7), so that a part holds 160 characters rather than UCS-2's 70. French
 * text keeps what GSM-7 has (é è à ù É Ç …) and loses only the accents it lacks (ê â î ô û ç ë ï œ …) and the
 * typographic signs that would force UCS-2 (’ « » – …).
 */
public final class GsmText {

    /** The GSM 03.38 basic character set (one septet each). */
    private static final String BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    /** The extension table (two septets each: escape + character). */
    private static final String EXTENDED = "^{}\\[~]|€\f";
    private static final Map<Character, String> REPLACEMENTS = Map.ofEntries(
            Map.entry('’', "'"), Map.entry('‘', "'"), Map.entry('“', "\""), Map.entry('”', "\""),
            Map.entry('«', "\""), Map.entry('»', "\""), Map.entry('–', "-"), Map.entry('—', "-"),
            Map.entry('…', "..."), Map.entry('\u00A0', " "), Map.entry('\u202F', " "), Map.entry('œ', "oe"),
            Map.entry('Œ', "OE"), Map.entry('ç', "c"), Map.entry('•', "-"), Map.entry('\t', " "));

    public static final int SINGLE_PART = 160;
    public static final int CONCATENATED_PART = 153;

    private GsmText() {
    }

    /** The text in GSM-7: characters it has are kept, others replaced by their closest GSM-7 spelling. */
    public static String normalize(String text) {
        // French quotes carry (non-breaking) spaces inside; straight quotes do not: « Courses » -> "Courses".
        text = text.replaceAll("«[\\s\u00A0\u202F]*", "«").replaceAll("[\\s\u00A0\u202F]*»", "»");
        StringBuilder gsm = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (BASIC.indexOf(c) >= 0 || EXTENDED.indexOf(c) >= 0) {
                gsm.append(c);
            } else if (REPLACEMENTS.containsKey(c)) {
                gsm.append(REPLACEMENTS.get(c));
            } else {
                String stripped = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD)
                        .replaceAll("\\p{M}", "");
                gsm.append(stripped.chars().allMatch(s -> BASIC.indexOf(s) >= 0) && !stripped.isEmpty()
                        ? stripped : "?");
            }
        }
        return gsm.toString();
    }

    /** Septets the (normalised) text takes: extension characters count twice. */
    public static int septets(String gsmText) {
        int septets = 0;
        for (char c : gsmText.toCharArray()) {
            septets += EXTENDED.indexOf(c) >= 0 ? 2 : 1;
        }
        return septets;
    }

    /** How many SMS parts the (normalised) text needs: 160 septets in one, 153 per part when concatenated. */
    public static int parts(String gsmText) {
        int septets = septets(gsmText);
        return septets <= SINGLE_PART ? 1 : (septets + CONCATENATED_PART - 1) / CONCATENATED_PART;
    }
}
