package fr.heurecivique.commune.referents;

import fr.heurecivique.commune.communes.Referent;

import java.time.Instant;

/** A referent as coordinators and the commune's referents see them (staff contact details). */
record ReferentView(String id, String communeInsee, String firstName, String lastName, String email, String phone,
        String role, Instant appointedAt) {

    static ReferentView of(String communeInsee, Referent referent) {
        return new ReferentView(referent.id(), communeInsee, referent.firstName(), referent.lastName(),
                referent.email(), referent.phone(), referent.role(), referent.appointedAt());
    }
}
