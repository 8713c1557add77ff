package fr.heurecivique.commune.communes;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The form in which commune names are searched: without accents, lower-case, every run of punctuation or spaces
 * (hyphens, apostrophes, "’") as one space, and "st"/"ste" read as "saint"/"sainte". "Île-d'Aix", "ile d’aix" and
 * "ILE D AIX" all become {@code ile d aix}.
 */
public final class SearchKeys {

    private SearchKeys() {
    }

    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replace("œ", "oe").replace("æ", "ae")
                .replaceAll("[^a-z0-9]+", " ").strip();
        return Arrays.stream(plain.split(" ")).filter(word -> !word.isEmpty())
                .map(word -> switch (word) {
                    case "st" -> "saint";
                    case "ste" -> "sainte";
                    default -> word;
                })
                .collect(Collectors.joining(" "));
    }
}
