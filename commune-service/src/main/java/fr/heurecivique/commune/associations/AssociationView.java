package fr.heurecivique.commune.associations;


import fr.heurecivique.contracts.vocabulary.KindOfHelp;
import java.time.Instant;
import java.util.List;

/** An association as referents and coordinators see it. */
record AssociationView(String id, String communeInsee, String name, String rnaNumber,
        Association.AssociationContact contact, List<KindOfHelp> kindsOfNeed, Instant recordedAt) {

    static AssociationView of(Association association) {
        return new AssociationView(association.id(), association.communeInsee(), association.name(),
                association.rnaNumber(), association.contact(), association.kindsOfNeed(), association.recordedAt());
    }
}
