package fr.heurecivique.matching.readmodel;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/**
 * What matching knows of a need, from {@code need.events}. Replaced whole by each newer state (posted, updated,
 * cancelled, expired…), so its status is always the latest one commune-service published.
 *
 * @param id               the need's id
 * @param version          the need's aggregate version this profile reflects
 * @param communeInsee     the commune that recorded it
 * @param title            its title
 * @param kind             the kind of help
 * @param status           OPEN, IN_PROGRESS, DONE, CANCELLED, EXPIRED...: only an open need gets suggestions
 * @param latitude         where the help is needed
 * @param longitude        where the help is needed
 * @param postedAt         when it was posted
 * @param mode             INDIVIDUAL or ORGANISED ({@code null} for needs posted before modes existed)
 * @param volunteersNeeded how many volunteers it needs ({@code null} likewise)
 * @param durationMinutes  expected duration of one occurrence ({@code null} likewise)
 * @param urgency          NORMAL or URGENT ({@code null} likewise)
 */
@Document("need_profiles")
public record NeedProfile(@Id String id, long version, String communeInsee, String title, String kind,
        String status, double latitude, double longitude, Instant postedAt, String mode, Integer volunteersNeeded,
        Integer durationMinutes, String urgency) {

    public boolean isOpen() {
        return "OPEN".equals(status);
    }
}
