package fr.heurecivique.commune.partnership;

import fr.heurecivique.commune.Departement;
import fr.heurecivique.commune.communes.Commune;
import fr.heurecivique.commune.communes.Communes;
import fr.heurecivique.commune.communes.TownHallContact;
import fr.heurecivique.commune.phones.PhoneNumbers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

/** The partnership lifecycle of the communes, as the scheme runs it; the rules are {@link Commune}'s. */
@Service
class Partnerships {

    private static final Logger log = LoggerFactory.getLogger(Partnerships.class);

    private final Communes communes;
    private final Clock clock;

    Partnerships(Communes communes, Clock clock) {
        this.communes = communes;
        this.clock = clock;
    }

    Commune request(String insee, PartnershipRequestForm form) {
        TownHallContact contact = new TownHallContact(form.firstName().strip(), form.lastName().strip(),
                form.role().strip(), form.email().strip().toLowerCase(Locale.ROOT),
                PhoneNumbers.e164(form.phone()).orElseThrow());
        Commune commune = communes.change(insee, it -> {
            it.requestPartnership(contact, blankToNull(form.message()), clock.instant());
            return it;
        });
        log.info("Commune {}: partnership requested", insee);
        return commune;
    }

    Commune recordContactCall(String insee, TransitionForm form) {
        return logged(insee, "contacted", communes.change(insee, it -> {
            it.recordContactCall(form.recordedBy().strip(), blankToNull(form.note()), clock.instant());
            return it;
        }));
    }

    Commune activate(String insee, ActivationForm form) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), Departement.ZONE);
        return logged(insee, "partner", communes.change(insee, it -> {
            it.activatePartnership(form.recordedBy().strip(), blankToNull(form.note()), form.charterSignedOn(),
                    form.communicationKitSentOn(), today, clock.instant());
            return it;
        }));
    }

    Commune suspend(String insee, SuspensionForm form) {
        return logged(insee, "suspended", communes.change(insee, it -> {
            it.suspendPartnership(form.recordedBy().strip(), form.reason().strip(), clock.instant());
            return it;
        }));
    }

    Commune reactivate(String insee, TransitionForm form) {
        return logged(insee, "partner again", communes.change(insee, it -> {
            it.reactivatePartnership(form.recordedBy().strip(), blankToNull(form.note()), clock.instant());
            return it;
        }));
    }

    private static Commune logged(String insee, String status, Commune commune) {
        log.info("Commune {}: partnership {}", insee, status);
        return commune;
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
