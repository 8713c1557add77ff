package fr.heurecivique.web.communes;

import fr.heurecivique.referencedata.CharenteMaritimeCommunes;
import fr.heurecivique.referencedata.Commune;
import org.springframework.stereotype.Component;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the commune a person typed, without JavaScript: its name (accents, case, hyphens and "St"/"Saint" do not
 * matter), its postal code, or the "Name (postal code)" of the suggestions list ({@code <datalist>}). From the 462
 * communes of the reference data, the same that the services check against.
 */
@Component
public class CommuneChooser {

    private static final Pattern WITH_POSTAL_CODE = Pattern.compile("^(.*?)\\s*\\(?\\s*(\\d{5})\\s*\\)?$");

    private final List<Commune> communes = CharenteMaritimeCommunes.get().all().stream()
            .sorted(Comparator.comparing(Commune::name)).toList();

    /** What the typed text gives: one commune, several to choose from, or none. */
    public record Choice(Optional<Commune> commune, List<Commune> candidates) {

        public boolean isAmbiguous() {
            return commune.isEmpty() && !candidates.isEmpty();
        }
    }

    public Optional<Commune> byInsee(String insee) {
        return insee == null ? Optional.empty() : CharenteMaritimeCommunes.get().find(insee.strip());
    }

    public Choice choose(String typed) {
        if (typed == null || typed.isBlank()) {
            return new Choice(Optional.empty(), List.of());
        }
        String text = typed.strip();
        String postalCode = null;
        Matcher matcher = WITH_POSTAL_CODE.matcher(text);
        if (matcher.matches()) {
            text = matcher.group(1);
            postalCode = matcher.group(2);
        }
        String name = normalise(text);
        String code = postalCode;
        List<Commune> matches = communes.stream()
                .filter(commune -> code == null || commune.postalCodes().contains(code))
                .filter(commune -> name.isEmpty() || normalise(commune.name()).equals(name))
                .toList();
        if (matches.isEmpty() && !name.isEmpty()) {
            // Not exact: the communes whose name starts with what was typed, to choose from.
            matches = communes.stream()
                    .filter(commune -> code == null || commune.postalCodes().contains(code))
                    .filter(commune -> normalise(commune.name()).startsWith(name)).limit(10).toList();
            return new Choice(Optional.empty(), matches);
        }
        if (matches.size() == 1) {
            return new Choice(Optional.of(matches.get(0)), List.of());
        }
        return new Choice(Optional.empty(), matches.stream().limit(20).toList());
    }

    /** Every commune as the suggestions list offers it: "La Rochelle (17000)". */
    public List<String> suggestions() {
        return communes.stream().map(CommuneChooser::label).toList();
    }

    public static String label(Commune commune) {
        return commune.name() + " (" + commune.postalCodes().get(0) + ")";
    }

    static String normalise(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("[-'\\s]+", " ").strip();
        return plain.replaceAll("\\bst\\b", "saint").replaceAll("\\bste\\b", "sainte");
    }
}
