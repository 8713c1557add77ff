package fr.heurecivique.commune.beneficiaries;

import fr.heurecivique.commune.communes.Communes;
import fr.heurecivique.commune.phones.PhoneNumbers;
import jakarta.validation.Valid;
import fr.heurecivique.defaults.audit.PersonalDataAudit;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.List;

/** The beneficiaries of a commune: for the referents of that commune only (coordinators do not see them). */
@RestController
@RequestMapping("/api/communes/{insee}/beneficiaries")
class BeneficiaryController {

    private final Communes communes;
    private final Beneficiaries beneficiaries;
    private final BeneficiaryRetention retention;

    private final PersonalDataAudit audit;

    BeneficiaryController(Communes communes, Beneficiaries beneficiaries, BeneficiaryRetention retention,
            PersonalDataAudit audit) {
        this.audit = audit;
        this.communes = communes;
        this.beneficiaries = beneficiaries;
        this.retention = retention;
    }

    @PostMapping
    ResponseEntity<BeneficiaryView> record(@PathVariable String insee, @Valid @RequestBody BeneficiaryForm form) {
        Beneficiary beneficiary = beneficiaries.record(communes.get(insee), form.referentId().strip(),
                new BeneficiaryDetails(form.firstName().strip(), form.lastName().strip(), phone(form.phone()),
                        blankToNull(form.address()), form.preferredContact(), form.consentToBeContacted(),
                        blankToNull(form.note())));
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}")
                .buildAndExpand(beneficiary.id()).toUri()).body(BeneficiaryView.of(beneficiary));
    }

    /** The list shows no phone and no address. */
    @GetMapping
    List<BeneficiaryListItem> beneficiaries(@PathVariable String insee) {
        communes.get(insee);
        audit.staffAccess("BENEFICIARIES_LISTED", "COMMUNE_BENEFICIARIES", insee);
        return beneficiaries.of(insee).stream().map(BeneficiaryListItem::of).toList();
    }

    @GetMapping("/{id}")
    BeneficiaryView beneficiary(@PathVariable String insee, @PathVariable String id) {
        BeneficiaryView view = BeneficiaryView.of(beneficiaries.get(insee, id));
        audit.staffAccess("BENEFICIARY_VIEWED", "BENEFICIARY", id);
        return view;
    }

    @PatchMapping("/{id}")
    BeneficiaryView update(@PathVariable String insee, @PathVariable String id,
            @Valid @RequestBody BeneficiaryPatch patch) {
        return BeneficiaryView.of(beneficiaries.update(insee, id, details -> new BeneficiaryDetails(
                patch.firstName() == null ? details.firstName() : patch.firstName().strip(),
                patch.lastName() == null ? details.lastName() : patch.lastName().strip(),
                patch.phone() == null ? details.phone() : phone(patch.phone()),
                patch.address() == null ? details.address() : blankToNull(patch.address()),
                patch.preferredContact() == null ? details.preferredContact() : patch.preferredContact(),
                patch.consentToBeContacted() == null ? details.consentToBeContacted() : patch.consentToBeContacted(),
                patch.note() == null ? details.note() : blankToNull(patch.note()))));
    }

    /** The right to erasure: anonymised at once (refused while a need of theirs is open or in progress). */
    @DeleteMapping("/{id}")
    ResponseEntity<Void> erase(@PathVariable String insee, @PathVariable String id) {
        retention.eraseNow(beneficiaries.get(insee, id));
        return ResponseEntity.noContent().build();
    }

    private static String phone(String input) {
        return input == null || input.isBlank() ? null : PhoneNumbers.e164(input).orElseThrow();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
