package fr.heurecivique.contracts.commune;

/**
 * The town hall's contact person for the partnership, as given in the public request: staff data that the
 * notification service needs to acknowledge the request and send the communication kit.
 *
 * @param firstName first name
 * @param lastName  last name
 * @param role      their role at the town hall, e.g. "Secrétaire de mairie"
 * @param email     email address, lower-cased
 * @param phone     phone number in E.164 (a landline is fine)
 */
public record PartnershipContact(String firstName, String lastName, String role, String email, String phone) {
}
