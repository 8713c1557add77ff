package fr.heurecivique.commune.communes;

import fr.heurecivique.contracts.commune.PartnershipContact;

/**
 * The town hall's contact person for the partnership, as the public request gives them (normalised: email
 * lower-cased, phone in E.164).
 */
public record TownHallContact(String firstName, String lastName, String role, String email, String phone) {

    PartnershipContact toContract() {
        return new PartnershipContact(firstName, lastName, role, email, phone);
    }

    /** "Claire Dupont (Secrétaire de mairie)", for the history. */
    String signature() {
        return firstName + " " + lastName + " (" + role + ")";
    }
}
