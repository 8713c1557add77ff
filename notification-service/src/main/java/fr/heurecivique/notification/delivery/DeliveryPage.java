package fr.heurecivique.notification.delivery;

import java.util.List;

/** A page of the delivery log. */
record DeliveryPage(List<DeliveryView> items, int page, int size, long totalItems, int totalPages) {
}
