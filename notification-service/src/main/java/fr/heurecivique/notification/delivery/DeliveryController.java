package fr.heurecivique.notification.delivery;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import fr.heurecivique.defaults.audit.PersonalDataAudit;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The delivery log (staff only, once the gateway authenticates): what was sent to whom, when, and how it went. */
@RestController
class DeliveryController {

    private final Deliveries deliveries;
    private final PersonalDataAudit audit;

    DeliveryController(Deliveries deliveries, PersonalDataAudit audit) {
        this.deliveries = deliveries;
        this.audit = audit;
    }

    /** Newest first; filter by recipient (email address or E.164 phone), source event and status. */
    @GetMapping("/api/notifications")
    DeliveryPage log(@RequestParam(required = false) String recipient,
            @RequestParam(required = false) String sourceEventId,
            @RequestParam(required = false) DeliveryStatus status,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        // The filters may be personal data (an address): the audit names the log, not the search.
        audit.staffAccess("DELIVERY_LOG_SEARCHED", "DELIVERY_LOG", "notifications");
        return deliveries.search(recipient, sourceEventId, status, page, size);
    }

    /** One message with its content. */
    @GetMapping("/api/notifications/{id}")
    DeliveryDetailView message(@PathVariable String id) {
        DeliveryDetailView view = DeliveryDetailView.of(deliveries.get(id));
        audit.staffAccess("DELIVERY_VIEWED", "DELIVERY", id);
        return view;
    }

    /** Sends a failed message again (an operator, once the cause is fixed). */
    @PostMapping("/api/notifications/{id}/resend")
    DeliveryView resend(@PathVariable String id) {
        return DeliveryView.of(deliveries.resend(id));
    }
}
