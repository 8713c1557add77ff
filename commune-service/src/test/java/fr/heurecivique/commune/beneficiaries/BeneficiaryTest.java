package fr.heurecivique.commune.beneficiaries;

import fr.heurecivique.defaults.web.InvalidFieldsException;
import fr.heurecivique.defaults.web.StateConflictException;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BeneficiaryTest {

    private static final Instant NOW = Instant.parse("2026-10-01T09:00:00Z");

    @Test
    void aPhoneIsNeededToBeCalledAndAMobileToReceiveTexts() {
        assertThatThrownBy(() -> Beneficiary.record("17306", details(null, PreferredContact.PHONE_CALL), "r1", NOW))
                .isInstanceOfSatisfying(InvalidFieldsException.class,
                        e -> assertThat(e.problems().get(0).field()).isEqualTo("phone"));
        assertThatThrownBy(() -> Beneficiary.record("17306", details("+33546412345", PreferredContact.SMS), "r1", NOW))
                .isInstanceOfSatisfying(InvalidFieldsException.class,
                        e -> assertThat(e.problems().get(0).message()).contains("mobile"));
        assertThat(Beneficiary.record("17306", details(null, PreferredContact.THROUGH_REFERENT), "r1", NOW).phone())
                .isNull();
    }

    @Test
    void staysActiveUntilTheEndOfItsLatestNeed() {
        Beneficiary jeanne = Beneficiary.record("17306", details("+33546412345", PreferredContact.PHONE_CALL), "r1",
                NOW);
        assertThat(jeanne.activeUntil()).isEqualTo(NOW);

        jeanne.needPosted(NOW.plusSeconds(60), NOW.plusSeconds(86_400 * 90));
        jeanne.needPosted(NOW.plusSeconds(120), NOW.plusSeconds(86_400));

        assertThat(jeanne.lastNeedAt()).isEqualTo(NOW.plusSeconds(120));
        assertThat(jeanne.activeUntil()).isEqualTo(NOW.plusSeconds(86_400 * 90));
    }

    @Test
    void anonymisationLeavesNothingThatIdentifiesThem() {
        Beneficiary jeanne = Beneficiary.record("17306", details("+33546412345", PreferredContact.PHONE_CALL), "r1",
                NOW);

        jeanne.anonymise(NOW.plusSeconds(60));

        assertThat(jeanne.isAnonymised()).isTrue();
        assertThat(jeanne.firstName()).isNull();
        assertThat(jeanne.lastName()).isNull();
        assertThat(jeanne.phone()).isNull();
        assertThat(jeanne.address()).isNull();
        assertThat(jeanne.note()).isNull();
        assertThat(jeanne.consentToBeContacted()).isFalse();
        assertThat(jeanne.displayName()).isEqualTo("Bénéficiaire anonymisé");
        assertThat(jeanne.communeInsee()).isEqualTo("17306");
        assertThatThrownBy(() -> jeanne.needPosted(NOW, NOW)).isInstanceOf(StateConflictException.class);
    }

    @Test
    void datesAConsentWhenItChanges() {
        Beneficiary jeanne = Beneficiary.record("17306", details("+33546412345", PreferredContact.PHONE_CALL), "r1",
                NOW);
        jeanne.update(new BeneficiaryDetails("Jeanne", "Dupuis", "+33546412345", null, PreferredContact.PHONE_CALL,
                true, "Nouvelle note"), NOW.plusSeconds(60));
        assertThat(jeanne.consentRecordedAt()).isEqualTo(NOW);
        jeanne.update(new BeneficiaryDetails("Jeanne", "Dupuis", "+33546412345", null, PreferredContact.PHONE_CALL,
                false, null), NOW.plusSeconds(120));
        assertThat(jeanne.consentRecordedAt()).isEqualTo(NOW.plusSeconds(120));
        assertThat(jeanne.consentToBeContacted()).isFalse();
    }

    private static BeneficiaryDetails details(String phone, PreferredContact preferred) {
        return new BeneficiaryDetails("Jeanne", "Dupuis", phone, "12 rue des Mouettes", preferred, true, null);
    }
}
