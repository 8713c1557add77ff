package fr.heurecivique.commune.needs;

import fr.heurecivique.commune.communes.Commune;
import fr.heurecivique.defaults.web.FieldProblem;

import java.util.List;

/**
 * Where a need's help takes place, with coordinates for matching by distance. There is no geocoder: the coordinates
 * are the ones the referent gives (a map pin), else the commune centre's — an address alone does not locate a need
 * more precisely than its commune.
 *
 * @param kind                   an address given for the need, the beneficiary's home, or the commune
 * @param address                the address given for the need (never the beneficiary's, which stays in their record)
 * @param latitude               WGS84 latitude
 * @param longitude              WGS84 longitude
 * @param locatedAtCommuneCentre whether the coordinates are only the commune centre's
 */
public record Place(PlaceKind kind, String address, double latitude, double longitude,
        boolean locatedAtCommuneCentre) {

    /** How far from the commune centre a place may be; beyond, it is not in the commune. */
    static final double MAX_KM_FROM_CENTRE = 20;
    private static final double EARTH_RADIUS_KM = 6371.0;

    /**
     * The place of a need of {@code commune} for a beneficiary or an association ({@code mode}); what is wrong is added
     * to {@code problems}, naming each field under {@code place}.
     */
    static Place of(String address, Double latitude, Double longitude, NeedMode mode, Commune commune,
            List<FieldProblem> problems) {
        PlaceKind kind = address != null ? PlaceKind.ADDRESS
                : mode == NeedMode.INDIVIDUAL ? PlaceKind.BENEFICIARY_HOME : PlaceKind.COMMUNE_CENTRE;
        if (latitude == null && longitude == null) {
            return new Place(kind, address, commune.latitude(), commune.longitude(), true);
        }
        if (latitude == null || longitude == null) {
            problems.add(new FieldProblem(latitude == null ? "place.latitude" : "place.longitude",
                    "la latitude et la longitude vont ensemble"));
            return null;
        }
        if (distanceKm(latitude, longitude, commune.latitude(), commune.longitude()) > MAX_KM_FROM_CENTRE) {
            problems.add(new FieldProblem("place", "doit se trouver dans la commune " + commune.name()
                    + " (à moins de " + (int) MAX_KM_FROM_CENTRE + " km de son centre)"));
            return null;
        }
        return new Place(kind, address, latitude, longitude, false);
    }

    /**
     * The coordinates published in events: a beneficiary's home, given precisely, is blurred to about 1 km
     * (0.01°) — enough to rank volunteers by distance, not enough to find a vulnerable person's door.
     */
    double[] published(NeedMode mode) {
        if (mode == NeedMode.INDIVIDUAL && !locatedAtCommuneCentre) {
            return new double[] { Math.round(latitude * 100) / 100.0, Math.round(longitude * 100) / 100.0 };
        }
        return new double[] { latitude, longitude };
    }

    /** Great-circle distance in kilometres (haversine). */
    static double distanceKm(double latitude1, double longitude1, double latitude2, double longitude2) {
        double dLat = Math.toRadians(latitude2 - latitude1);
        double dLon = Math.toRadians(longitude2 - longitude1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(latitude1))
                * Math.cos(Math.toRadians(latitude2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(a));
    }
}
