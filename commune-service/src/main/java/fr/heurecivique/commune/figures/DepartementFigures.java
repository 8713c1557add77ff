package fr.heurecivique.commune.figures;

import fr.heurecivique.commune.communes.PartnershipStatus;

import java.util.Map;

/** The scheme in the département, in counts. */
record DepartementFigures(long communes, long partnerCommunes,
        Map<PartnershipStatus, Long> communesByPartnershipStatus, long referents, long associations,
        NeedFigures needs) {
}
