package fr.heurecivique.notification.delivery;

/**
 * Who a message is for.
 *
 * @param type    VOLUNTEER, REFERENT, TOWN_HALL, COORDINATOR, BENEFICIARY
 * @param id      their id in the service that owns them
 * @param address their address on the channel (email address, E.164 phone)
 */
public record Recipient(String type, String id, String address) {
}
