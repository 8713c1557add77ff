package fr.heurecivique.referencedata;

import java.util.List;

/**
 * A commune of the INSEE code officiel géographique.
 *
 * @param inseeCode   the INSEE code (5 characters, e.g. {@code 17300} for La Rochelle)
 * @param name        the official name
 * @param postalCodes its postal codes (one or more)
 * @param population  the INSEE population municipale
 * @param latitude    WGS84 latitude of its approximate centre
 * @param longitude   WGS84 longitude of its approximate centre
 */
public record Commune(String inseeCode, String name, List<String> postalCodes, int population, double latitude,
        double longitude) {

    public Commune {
        postalCodes = List.copyOf(postalCodes);
    }
}
