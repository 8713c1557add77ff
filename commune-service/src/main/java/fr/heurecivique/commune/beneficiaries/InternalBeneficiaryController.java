package fr.heurecivique.commune.beneficiaries;

import fr.heurecivique.defaults.web.ResourceNotFoundException;
import fr.heurecivique.defaults.web.StateConflictException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import fr.heurecivique.defaults.audit.PersonalDataAudit;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Internal API (platform services only: a service token, scope {@code internal}; never routed by the gateway): the
 * contact of a beneficiary, fetched by a service at the moment it must reach them (notification-service, for a
 * confirmed match), and only if they consented to be contacted by a volunteer. The caller keeps it masked.
 */
@RestController
class InternalBeneficiaryController {

    private static final Logger log = LoggerFactory.getLogger(InternalBeneficiaryController.class);

    private final Beneficiaries beneficiaries;
    private final PersonalDataAudit audit;

    InternalBeneficiaryController(Beneficiaries beneficiaries, PersonalDataAudit audit) {
        this.beneficiaries = beneficiaries;
        this.audit = audit;
    }

    @GetMapping("/internal/beneficiaries/{id}/contact")
    BeneficiaryContact contact(@PathVariable String id) {
        Beneficiary beneficiary = beneficiaries.get(id);
        if (beneficiary.isAnonymised()) {
            throw new ResourceNotFoundException("Ce bénéficiaire a été anonymisé : ses coordonnées n’existent plus.");
        }
        if (!beneficiary.consentToBeContacted()) {
            throw new StateConflictException("Ce bénéficiaire n’a pas consenti à être contacté par un bénévole : "
                    + "passez par le référent de sa commune.");
        }
        log.info("Contact of beneficiary {} released to an internal caller", id);
        audit.staffAccess("BENEFICIARY_CONTACT_RELEASED", "BENEFICIARY", id);
        return new BeneficiaryContact(beneficiary.id(), beneficiary.communeInsee(), beneficiary.firstName(),
                beneficiary.lastName(), beneficiary.phone(), beneficiary.address(), beneficiary.preferredContact());
    }

    /**
     * @param address {@code null} for "at home in the commune": the referent gives the way
     */
    record BeneficiaryContact(String beneficiaryId, String communeInsee, String firstName, String lastName,
            String phone, String address, PreferredContact preferredContact) {
    }
}
