package fr.heurecivique.commune.partnership;

import fr.heurecivique.commune.communes.Commune;
import fr.heurecivique.commune.communes.Communes;
import fr.heurecivique.commune.communes.PartnershipStatus;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.time.Instant;

/**
 * The partnership of a commune. The request is public (the "devenez commune partenaire" form); every other step,
 * and reading the partnership with its contact and history, is for the association's coordinators.
 */
@RestController
@RequestMapping("/api/communes/{insee}")
class PartnershipController {

    private final Partnerships partnerships;
    private final Communes communes;

    PartnershipController(Partnerships partnerships, Communes communes) {
        this.partnerships = partnerships;
        this.communes = communes;
    }

    /** Public: the answer only acknowledges the request (status and date), it never echoes the history. */
    @PostMapping("/partnership-requests")
    ResponseEntity<RequestReceived> request(@PathVariable String insee,
            @Valid @RequestBody PartnershipRequestForm form) {
        Commune commune = partnerships.request(insee, form);
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/communes/{insee}/partnership").buildAndExpand(insee).toUri())
                .body(new RequestReceived(commune.inseeCode(), commune.name(), commune.partnershipStatus(),
                        commune.partnership().orElseThrow().requestedAt()));
    }

    record RequestReceived(String inseeCode, String communeName, PartnershipStatus status, Instant requestedAt) {
    }

    /** Coordinators. */
    @GetMapping("/partnership")
    PartnershipView partnership(@PathVariable String insee) {
        return PartnershipView.of(communes.get(insee));
    }

    /** Coordinators: the contact call ({@code REQUESTED → CONTACTED}). */
    @PostMapping("/partnership/contact-call")
    PartnershipView contactCall(@PathVariable String insee, @Valid @RequestBody TransitionForm form) {
        return PartnershipView.of(partnerships.recordContactCall(insee, form));
    }

    /** Coordinators: charter signed, kit sent ({@code CONTACTED → PARTNER}). */
    @PostMapping("/partnership/activation")
    PartnershipView activation(@PathVariable String insee, @Valid @RequestBody ActivationForm form) {
        return PartnershipView.of(partnerships.activate(insee, form));
    }

    /** Coordinators ({@code PARTNER → SUSPENDED}). */
    @PostMapping("/partnership/suspension")
    PartnershipView suspension(@PathVariable String insee, @Valid @RequestBody SuspensionForm form) {
        return PartnershipView.of(partnerships.suspend(insee, form));
    }

    /** Coordinators ({@code SUSPENDED → PARTNER}). */
    @PostMapping("/partnership/reactivation")
    PartnershipView reactivation(@PathVariable String insee, @Valid @RequestBody TransitionForm form) {
        return PartnershipView.of(partnerships.reactivate(insee, form));
    }
}
