package fr.heurecivique.notification.delivery;

/** One message with its content, for staff who must see what was sent. */
record DeliveryDetailView(DeliveryView delivery, String subject, String text, String html) {

    static DeliveryDetailView of(Delivery delivery) {
        return new DeliveryDetailView(DeliveryView.of(delivery), delivery.subject(), delivery.textBody(),
                delivery.htmlBody());
    }
}
