package fr.heurecivique.volunteer.roster;

import fr.heurecivique.contracts.EventCatalog;
import fr.heurecivique.contracts.roster.RosterDigestPublished;
import fr.heurecivique.defaults.outbox.OutboxAggregate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a commune's town hall was last told: one line fingerprint per volunteer on its roster at the last digest
 * (no personal data: ids and hashes), so that the next digest can say who joined, changed or left. The digest event
 * is recorded in the same write as the new snapshot.
 */
@Document("roster_digests")
class RosterSnapshot extends OutboxAggregate {

    @Id
    private String id;
    /** The scheduled run that produced this snapshot; a run resumed after a crash skips the communes it did. */
    private String run;
    private Instant digestedAt;
    private Map<String, String> lines = new LinkedHashMap<>();

    protected RosterSnapshot() {
        // for the mapping
    }

    static RosterSnapshot first(String communeInsee) {
        RosterSnapshot snapshot = new RosterSnapshot();
        snapshot.id = communeInsee;
        return snapshot;
    }

    void digested(String run, Instant at, Map<String, String> lines, RosterDigestPublished digest) {
        this.run = run;
        this.digestedAt = at;
        this.lines = new LinkedHashMap<>(lines);
        record(EventCatalog.ROSTER_DIGEST_PUBLISHED, digest);
    }

    String communeInsee() {
        return id;
    }

    String run() {
        return run;
    }

    Instant digestedAt() {
        return digestedAt;
    }

    Map<String, String> lines() {
        return Map.copyOf(lines);
    }

    @Override
    public String aggregateId() {
        return id;
    }
}
