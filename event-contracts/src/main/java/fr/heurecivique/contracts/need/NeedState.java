package fr.heurecivique.contracts.need;

import java.time.Instant;

/**
 * A need's current state, carried by every need event.
 *
 * @param needId       the need's id (also the record key)
 * @param version      the aggregate version; consumers ignore a state older than the one they hold
 * @param communeInsee INSEE code of the commune that recorded the need
 * @param title        short title, e.g. "Courses du jeudi"
 * @param kind         kind of help: {@code VISITS}, {@code SHOPPING}, {@code LIFTS}, {@code DIGITAL},
 *                     {@code PAPERWORK}, {@code DIY}, {@code GARDENING}, {@code EVENTS}, {@code ANIMALS}, {@code OTHER}
 * @param description  free description; never holds the beneficiary's contact details
 * @param status       {@code OPEN}, {@code IN_PROGRESS}, {@code DONE}, {@code CANCELLED}, {@code EXPIRED}
 * @param latitude     WGS84 latitude of the place of the need
 * @param longitude    WGS84 longitude of the place of the need
 * @param postedAt     when the need was posted
 */
public record NeedState(
        String needId,
        long version,
        String communeInsee,
        String title,
        String kind,
        String description,
        String status,
        double latitude,
        double longitude,
        Instant postedAt) {
}
