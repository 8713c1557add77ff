package fr.heurecivique.notification.delivery;

/**
 * The address of recipients whose contact notification-service does not keep (a beneficiary, an association's
 * contact): it is fetched from the service that owns it just before each attempt, and the delivery log holds it only
 * masked.
 */
public interface SendTimeAddresses {

    /** Whether this source knows the recipients of that type. */
    boolean handles(String recipientType);

    /**
     * The address to send {@code delivery} to, on its channel.
     *
     * @throws SendingFailedException permanent when the person can no longer be reached (consent withdrawn, data
     *                                anonymised), transient when the owning service does not answer
     */
    String resolve(Delivery delivery);
}
