package fr.heurecivique.commune.communes;

import java.util.List;

/** A commune as the API shows it. */
public record CommuneView(String inseeCode, String name, List<String> postalCodes, int population, double latitude,
        double longitude, PartnershipStatus partnershipStatus) {

    static CommuneView of(Commune commune) {
        return new CommuneView(commune.inseeCode(), commune.name(), commune.postalCodes(), commune.population(),
                commune.latitude(), commune.longitude(), commune.partnershipStatus());
    }
}
