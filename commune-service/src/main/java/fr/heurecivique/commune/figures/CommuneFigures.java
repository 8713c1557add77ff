package fr.heurecivique.commune.figures;

import fr.heurecivique.commune.communes.PartnershipStatus;

/** The scheme in one commune, in counts. */
record CommuneFigures(String inseeCode, String name, PartnershipStatus partnershipStatus, long referents,
        long associations, NeedFigures needs) {
}
