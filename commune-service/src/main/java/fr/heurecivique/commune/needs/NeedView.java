package fr.heurecivique.commune.needs;

import java.time.Instant;

/** A need as the API shows it. */
record NeedView(String id, String communeInsee, String title, KindOfHelp kind, String description, NeedStatus status,
        double latitude, double longitude, Instant postedAt) {

    static NeedView of(Need need) {
        return new NeedView(need.id(), need.communeInsee(), need.title(), need.kind(), need.description(),
                need.status(), need.latitude(), need.longitude(), need.postedAt());
    }
}
