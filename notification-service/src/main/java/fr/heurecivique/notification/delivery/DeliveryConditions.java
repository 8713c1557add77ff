package fr.heurecivique.notification.delivery;

import java.util.Optional;

/**
 * Evaluates a message's {@link StillTrue} condition just before it leaves, from what this service has learnt from
 * events.
 */
public interface DeliveryConditions {

    /**
     * Why {@code condition} no longer holds (in French: staff read the delivery log), or empty when it still does or
     * when nothing is known that contradicts it.
     */
    Optional<String> whyNoLongerTrue(StillTrue condition);
}
