package fr.heurecivique.notification.delivery;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The delivery log (staff only, once the gateway authenticates): what was sent to whom, when, and how it went. */
@RestController
class DeliveryController {

    private final Deliveries deliveries;

    DeliveryController(Deliveries deliveries) {
        this.deliveries = deliveries;
    }

    /** Newest first; filter by recipient (email address or E.164 phone), source event and status. */
    @GetMapping("/api/notifications")
    DeliveryPage log(@RequestParam(required = false) String recipient,
            @RequestParam(required = false) String sourceEventId,
            @RequestParam(required = false) DeliveryStatus status,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        return deliveries.search(recipient, sourceEventId, status, page, size);
    }

    /** One message with its content. */
    @GetMapping("/api/notifications/{id}")
    DeliveryDetailView message(@PathVariable String id) {
        return DeliveryDetailView.of(deliveries.get(id));
    }

    /** Sends a failed message again (an operator, once the cause is fixed). */
    @PostMapping("/api/notifications/{id}/resend")
    DeliveryView resend(@PathVariable String id) {
        return DeliveryView.of(deliveries.resend(id));
    }
}
