package fr.heurecivique.commune.phones;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PhoneNumbersTest {

    @Test
    void acceptsLandlinesAndMobilesAsPeopleWriteThem() {
        assertThat(PhoneNumbers.e164("05 46 41 23 45")).contains("+33546412345");
        assertThat(PhoneNumbers.e164("06.12.34.56.78")).contains("+33612345678");
        assertThat(PhoneNumbers.e164("+33 6 12 34 56 78")).contains("+33612345678");
        assertThat(PhoneNumbers.e164("12 34")).isEmpty();
        assertThat(PhoneNumbers.e164("pas un numéro")).isEmpty();
        assertThat(PhoneNumbers.isMobile("+33612345678")).isTrue();
        assertThat(PhoneNumbers.isMobile("+33546412345")).isFalse();
    }

    @Test
    void masksAllButTheFirstAndLastTwoDigits() {
        assertThat(PhoneNumbers.masked("+33546412345")).isEqualTo("05 •• •• •• 45");
        assertThat(PhoneNumbers.masked(null)).isNull();
    }

    @Test
    void findsANumberWrittenInFreeText() {
        assertThat(PhoneNumbers.containsNumber("Appeler Mme D. au 05 46 41 23 45 avant de passer")).isTrue();
        assertThat(PhoneNumbers.containsNumber("Appeler au 0546412345")).isTrue();
        assertThat(PhoneNumbers.containsNumber("Courses du jeudi, 2 sacs, 10 minutes à pied")).isFalse();
    }
}
