package fr.heurecivique.notification.delivery;

/**
 * The address a message goes to, found again just before each attempt: for recipients whose contact
 * notification-service does not keep (a beneficiary, an association's contact), fetched from the service that owns it
 * and held in the log only masked; for volunteers, their current address and consent in the contact directory (they
 * may have changed their number, or withdrawn their consent, since the message was recorded).
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

    /**
     * Whether the delivery log keeps the fetched address masked (a contact this service must not store: a
     * beneficiary's, an association's), or records it as it is (a volunteer's current address, from the contact
     * directory that holds it anyway).
     */
    default boolean masked() {
        return true;
    }
}
