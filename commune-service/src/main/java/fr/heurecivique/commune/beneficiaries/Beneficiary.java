package fr.heurecivique.commune.beneficiaries;

import fr.heurecivique.defaults.web.StateConflictException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.UUID;

/**
 * A person helped by the scheme, recorded by a referent of their commune — often elderly, without an account. Private
 * to commune-service: their details never travel in events nor appear in logs; a service that must contact them
 * fetches the contact at send time through the internal API. Anonymised once they have had no need for the retention
 * period.
 */
@Document("beneficiaries")
public class Beneficiary {

    @Id
    private String id;
    @Version
    private Long version;
    @Indexed(name = "beneficiary_commune")
    private String communeInsee;
    private String firstName;
    private String lastName;
    private String phone;
    private String address;
    private PreferredContact preferredContact;
    private boolean consentToBeContacted;
    private Instant consentRecordedAt;
    private String note;
    /** The referent who recorded them. */
    private String recordedBy;
    private Instant recordedAt;
    private Instant lastNeedAt;
    /** Until when they have had a need: when they were recorded, or the end of their latest need. */
    @Indexed(name = "beneficiary_active_until")
    private Instant activeUntil;
    private Instant anonymisedAt;

    protected Beneficiary() {
        // for the mapping
    }

    /** A referent records a beneficiary of their commune. */
    public static Beneficiary record(String communeInsee, BeneficiaryDetails details, String referentId,
            Instant now) {
        details.check();
        Beneficiary beneficiary = new Beneficiary();
        beneficiary.id = UUID.randomUUID().toString();
        beneficiary.communeInsee = communeInsee;
        beneficiary.recordedBy = referentId;
        beneficiary.recordedAt = now;
        beneficiary.activeUntil = now;
        beneficiary.apply(details, now);
        return beneficiary;
    }

    /** Corrects their details or consent (a consent given or withdrawn is dated). */
    public void update(BeneficiaryDetails details, Instant now) {
        requireNotAnonymised();
        details.check();
        apply(details, now);
    }

    private void apply(BeneficiaryDetails details, Instant now) {
        if (consentRecordedAt == null || consentToBeContacted != details.consentToBeContacted()) {
            consentRecordedAt = now;
        }
        firstName = details.firstName();
        lastName = details.lastName();
        phone = details.phone();
        address = details.address();
        preferredContact = details.preferredContact();
        consentToBeContacted = details.consentToBeContacted();
        note = details.note();
    }

    /** A need was posted for them, running until {@code needEndsAt}: they are active at least until then. */
    public void needPosted(Instant now, Instant needEndsAt) {
        requireNotAnonymised();
        lastNeedAt = now;
        Instant until = needEndsAt.isAfter(now) ? needEndsAt : now;
        if (activeUntil == null || until.isAfter(activeUntil)) {
            activeUntil = until;
        }
    }

    /**
     * Removes everything that identifies them; what remains (id, commune, dates) keeps the commune's figures and
     * its needs' history consistent.
     */
    public void anonymise(Instant now) {
        if (isAnonymised()) {
            return;
        }
        firstName = null;
        lastName = null;
        phone = null;
        address = null;
        note = null;
        preferredContact = null;
        consentToBeContacted = false;
        anonymisedAt = now;
    }

    public void requireNotAnonymised() {
        if (isAnonymised()) {
            throw new StateConflictException("Ce bénéficiaire a été anonymisé : ses coordonnées n’existent plus.");
        }
    }

    public boolean isAnonymised() {
        return anonymisedAt != null;
    }

    /** "Jeanne D.": enough for a list. */
    public String displayName() {
        if (isAnonymised()) {
            return "Bénéficiaire anonymisé";
        }
        return firstName + " " + lastName.substring(0, 1) + ".";
    }

    /** The details, as recorded (for an update that changes some of them). */
    public BeneficiaryDetails details() {
        return new BeneficiaryDetails(firstName, lastName, phone, address, preferredContact, consentToBeContacted,
                note);
    }

    public String id() {
        return id;
    }

    public String communeInsee() {
        return communeInsee;
    }

    public String firstName() {
        return firstName;
    }

    public String lastName() {
        return lastName;
    }

    public String phone() {
        return phone;
    }

    public String address() {
        return address;
    }

    public PreferredContact preferredContact() {
        return preferredContact;
    }

    public boolean consentToBeContacted() {
        return consentToBeContacted;
    }

    public Instant consentRecordedAt() {
        return consentRecordedAt;
    }

    public String note() {
        return note;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public Instant lastNeedAt() {
        return lastNeedAt;
    }

    public Instant activeUntil() {
        return activeUntil;
    }

    public Instant anonymisedAt() {
        return anonymisedAt;
    }
}
