package fr.heurecivique.commune.communes;

import java.util.List;

/** A commune as the public API shows it: reference data and partnership status, no personal data. */
public record CommuneView(String inseeCode, String name, List<String> postalCodes, int population, double latitude,
        double longitude, PartnershipStatus partnershipStatus, int referentCount) {

    static CommuneView of(Commune commune) {
        return new CommuneView(commune.inseeCode(), commune.name(), commune.postalCodes(), commune.population(),
                commune.latitude(), commune.longitude(), commune.partnershipStatus(), commune.referents().size());
    }
}
