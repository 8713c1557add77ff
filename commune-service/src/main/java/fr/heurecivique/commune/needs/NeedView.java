package fr.heurecivique.commune.needs;

import fr.heurecivique.contracts.vocabulary.KindOfHelp;
import java.time.Instant;

/**
 * A need as referents and coordinators see it. It names its beneficiary by id only: their name, phone and address
 * are in their record, for the referents of their commune.
 */
record NeedView(String id, String communeInsee, String title, KindOfHelp kind, String description, NeedMode mode,
        String beneficiaryId, String associationId, String associationName, PlaceView place, double latitude,
        double longitude, Schedule when, int durationMinutes, int volunteersNeeded, Urgency urgency,
        NeedStatus status, CancellationView cancellation, String postedBy, Instant postedAt, Instant updatedAt,
        Instant endsAt) {

    record PlaceView(PlaceKind kind, String address, double latitude, double longitude,
            boolean locatedAtCommuneCentre) {
    }

    record CancellationView(CancellationReason reason, String note, Instant cancelledAt) {
    }

    static NeedView of(Need need) {
        return new NeedView(need.id(), need.communeInsee(), need.title(), need.kind(), need.description(),
                need.mode(), need.beneficiaryId(), need.associationId(), need.associationName(),
                new PlaceView(need.placeKind(), need.placeAddress(), need.latitude(), need.longitude(),
                        need.locatedAtCommuneCentre()),
                need.latitude(), need.longitude(), need.schedule(), need.durationMinutes(), need.volunteersNeeded(),
                need.urgency(), need.status(),
                need.cancellationReason() == null ? null : new CancellationView(need.cancellationReason(),
                        need.cancellationNote(), need.cancelledAt()),
                need.postedBy(), need.postedAt(), need.updatedAt(), need.endsAt());
    }
}
