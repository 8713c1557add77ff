package fr.heurecivique.notification.delivery;

import fr.heurecivique.notification.links.ShortLinks;

/**
 * One message with its content, for staff who must see what was sent — without the tokens of an SMS's short links
 * (bearer secrets: whoever reads the log must not be able to answer in the volunteer's place).
 */
record DeliveryDetailView(DeliveryView delivery, String subject, String text, String html) {

    static DeliveryDetailView of(Delivery delivery) {
        return new DeliveryDetailView(DeliveryView.of(delivery), delivery.subject(),
                delivery.channel() == Channel.SMS ? ShortLinks.redact(delivery.textBody()) : delivery.textBody(),
                delivery.htmlBody());
    }
}
