package fr.heurecivique.matching.domain.geo;

/**
 * Great-circle distances on the mean Earth sphere (haversine formula), in kilometres. Accurate to about 0.5 % against
 * the ellipsoid, which is far below the precision of the coordinates (commune centres, needs rounded to 0.01°).
 */
public final class GreatCircle {

    /** Mean Earth radius (IUGG), in km. */
    public static final double EARTH_RADIUS_KM = 6371.0088;
    /** Kilometres per degree of latitude on that sphere. */
    public static final double KM_PER_DEGREE = Math.PI * EARTH_RADIUS_KM / 180.0;

    private GreatCircle() {
    }

    /** The great-circle distance between two WGS84 points, in km. */
    public static double distanceKm(double latitude1, double longitude1, double latitude2, double longitude2) {
        double phi1 = Math.toRadians(latitude1);
        double phi2 = Math.toRadians(latitude2);
        double sinDeltaPhi = Math.sin((phi2 - phi1) / 2);
        double sinDeltaLambda = Math.sin(Math.toRadians(longitude2 - longitude1) / 2);
        double h = sinDeltaPhi * sinDeltaPhi + Math.cos(phi1) * Math.cos(phi2) * sinDeltaLambda * sinDeltaLambda;
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
