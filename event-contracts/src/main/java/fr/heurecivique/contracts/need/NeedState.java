package fr.heurecivique.contracts.need;

import java.time.Instant;

/**
 * A need's current state, carried by every need event. It never holds a beneficiary's name, phone or address: a
 * need names its beneficiary by an opaque id only, and a service that must contact them fetches the contact from
 * commune-service at send time.
 *
 * @param needId             the need's id (also the record key)
 * @param version            the aggregate version; consumers ignore a state older than the one they hold
 * @param communeInsee       INSEE code of the commune that recorded the need
 * @param title              short title, e.g. "Courses du jeudi"
 * @param kind               kind of help: {@code VISITS}, {@code SHOPPING}, {@code LIFTS}, {@code DIGITAL},
 *                           {@code PAPERWORK}, {@code DIY}, {@code GARDENING}, {@code EVENTS}, {@code ANIMALS}, {@code OTHER}
 * @param description        free description; never holds the beneficiary's contact details
 * @param status             {@code OPEN}, {@code IN_PROGRESS}, {@code DONE}, {@code CANCELLED}, {@code EXPIRED}
 * @param latitude           WGS84 latitude of the place of the need (to about 1 km for a beneficiary's need)
 * @param longitude          WGS84 longitude of the place of the need (to about 1 km for a beneficiary's need)
 * @param postedAt           when the need was posted
 * @param mode               {@code INDIVIDUAL} (a resident beneficiary) or {@code ORGANISED} (an association)
 * @param beneficiaryId      the beneficiary's opaque id, for an individual need
 * @param associationId      the association's id, for an organised need
 * @param associationName    the association's name, for an organised need
 * @param placeKind          {@code ADDRESS} (an address given for the need), {@code BENEFICIARY_HOME} or
 *                           {@code COMMUNE_CENTRE}
 * @param locatedAtCommuneCentre whether the coordinates are only the commune centre's (no coordinates were given:
 *                           there is no geocoder), so that a distance to them is approximate
 * @param schedule           when the help is needed
 * @param durationMinutes    expected duration of one occurrence, 1 to 480 minutes
 * @param volunteersNeeded   how many volunteers are needed
 * @param urgency            {@code NORMAL} or {@code URGENT}
 * @param cancellationReason why it was cancelled (a code), when {@code CANCELLED}
 * @param updatedAt          when the need last changed
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
        Instant postedAt,
        String mode,
        String beneficiaryId,
        String associationId,
        String associationName,
        String placeKind,
        Boolean locatedAtCommuneCentre,
        NeedSchedule schedule,
        Integer durationMinutes,
        Integer volunteersNeeded,
        String urgency,
        String cancellationReason,
        Instant updatedAt) {
}
