package fr.heurecivique.referencedata;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CharenteMaritimeCommunesTest {

    private final CharenteMaritimeCommunes communes = CharenteMaritimeCommunes.get();

    @Test
    void holdsThe462CurrentCommunesOfTheDepartement() {
        assertThat(communes.all()).hasSize(462);
        assertThat(communes.all()).allSatisfy(commune -> {
            assertThat(commune.inseeCode()).startsWith("17").hasSize(5);
            assertThat(commune.postalCodes()).isNotEmpty().allMatch(code -> code.matches("17\\d{3}"));
            assertThat(commune.latitude()).isBetween(45.0, 46.5);
            assertThat(commune.longitude()).isBetween(-1.6, 0.1);
        });
        assertThat(communes.all().stream().mapToInt(Commune::population).sum()).isEqualTo(672_279);
    }

    @Test
    void findsACommuneByItsInseeCode() {
        assertThat(communes.find("17300")).get().satisfies(laRochelle -> {
            assertThat(laRochelle.name()).isEqualTo("La Rochelle");
            assertThat(laRochelle.postalCodes()).contains("17000");
        });
        assertThat(communes.find("17160")).get().extracting(Commune::postalCodes)
                .isEqualTo(java.util.List.of("17120", "17240"));
    }

    @Test
    void knowsNothingOutsideTheDepartement() {
        assertThat(communes.contains("75056")).isFalse();
        assertThat(communes.contains(null)).isFalse();
        assertThat(communes.find("")).isEmpty();
    }
}
