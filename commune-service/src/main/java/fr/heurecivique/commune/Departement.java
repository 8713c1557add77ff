package fr.heurecivique.commune;

import java.time.ZoneId;

/** The département the service runs for: its local time is the time of dates and time windows that people write. */
public final class Departement {

    /** Charente-Maritime's time zone: a need "on 3 October, 14:00–16:00" is in this zone. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    private Departement() {
    }
}
