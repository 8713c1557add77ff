package fr.heurecivique.notification.delivery;

import jakarta.validation.constraints.NotBlank;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
class DeliveryController {

    private final Deliveries deliveries;

    DeliveryController(Deliveries deliveries) {
        this.deliveries = deliveries;
    }

    /** The delivery log of one recipient (email address or E.164 phone), newest first. */
    @GetMapping("/api/notifications")
    List<DeliveryView> log(@RequestParam @NotBlank String recipient) {
        return deliveries.forAddress(recipient).stream().map(DeliveryView::of).toList();
    }
}
