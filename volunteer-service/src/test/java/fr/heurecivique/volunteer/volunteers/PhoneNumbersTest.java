package fr.heurecivique.volunteer.volunteers;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PhoneNumbersTest {

    @ParameterizedTest
    @CsvSource({
            "06 12 34 56 78,      +33612345678",
            "0612345678,          +33612345678",
            "+33 7 61 22 33 44,   +33761223344",
            "07.61.22.33.44,      +33761223344",
            "+32 470 12 34 56,    +32470123456",
    })
    void readsMobileNumbersAsResidentsWriteThemAndKeepsThemInE164(String input, String e164) {
        assertThat(PhoneNumbers.mobileE164(input)).contains(e164);
    }

    @ParameterizedTest
    @ValueSource(strings = { "01 45 67 89 00", "05 46 00 00 00", "06 12 34", "not a number", "", "+33 6" })
    void refusesLandlinesAndMalformedNumbers(String input) {
        assertThat(PhoneNumbers.mobileE164(input)).isEmpty();
    }
}
