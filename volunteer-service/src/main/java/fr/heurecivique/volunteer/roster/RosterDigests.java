package fr.heurecivique.volunteer.roster;

import fr.heurecivique.contracts.roster.RosterDigestCounts;
import fr.heurecivique.contracts.roster.RosterDigestEntry;
import fr.heurecivique.contracts.roster.RosterDigestPublished;
import fr.heurecivique.defaults.outbox.AggregateStore;
import fr.heurecivique.volunteer.volunteers.Volunteer;
import fr.heurecivique.volunteer.volunteers.VolunteerStatus;
import fr.heurecivique.volunteer.volunteers.VolunteerView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Compiles one roster digest per commune — who joined, changed or left since the previous digest — by comparing each
 * commune's roster with the snapshot of the previous digest. Volunteers who did not agree to share their contact
 * details with their commune are counted, never named.
 */
@Service
class RosterDigests {

    private static final Logger log = LoggerFactory.getLogger(RosterDigests.class);

    private final MongoTemplate mongo;
    private final AggregateStore store;
    private final RosterDigestProperties properties;

    RosterDigests(MongoTemplate mongo, AggregateStore store, RosterDigestProperties properties) {
        this.mongo = mongo;
        this.store = store;
        this.properties = properties;
    }

    /**
     * Publishes the digests of the run {@code run} (the scheduled time it is for), up to {@code now}. A commune whose
     * snapshot already belongs to this run is skipped, so that a run taken over after a crash finishes the job
     * without publishing anything twice.
     *
     * @return how many digests were published
     */
    int publish(String run, Instant now) {
        List<Volunteer> onRosters = mongo.find(Query.query(Criteria.where("status").in(RosterFilter.ON_ROSTER)),
                Volunteer.class);
        Map<String, List<Volunteer>> byCommune = onRosters.stream()
                .collect(Collectors.groupingBy(Volunteer::communeInsee, LinkedHashMap::new, Collectors.toList()));
        Map<String, RosterSnapshot> snapshots = mongo.findAll(RosterSnapshot.class).stream()
                .collect(Collectors.toMap(RosterSnapshot::communeInsee, Function.identity()));
        Set<String> communes = new TreeSet<>(properties.communes());
        if (communes.isEmpty()) {
            communes.addAll(byCommune.keySet());
            communes.addAll(snapshots.keySet());
        }
        int published = 0;
        for (String commune : communes) {
            RosterSnapshot snapshot = snapshots.getOrDefault(commune, RosterSnapshot.first(commune));
            List<Volunteer> roster = byCommune.getOrDefault(commune, List.of());
            if (run.equals(snapshot.run()) || snapshot.neverSaved() && roster.isEmpty()
                    || VolunteerView.communeName(commune) == null) {
                continue;
            }
            snapshot.digested(run, now, lines(roster), digest(commune, snapshot, roster, now));
            try {
                store.save(snapshot);
                published++;
            } catch (OptimisticLockingFailureException | DuplicateKeyException concurrent) {
                log.info("Roster digest of commune {} was published by another instance", commune);
            }
        }
        return published;
    }

    private RosterDigestPublished digest(String commune, RosterSnapshot snapshot, List<Volunteer> roster,
            Instant now) {
        Map<String, String> before = snapshot.lines();
        List<RosterDigestEntry> joined = new ArrayList<>();
        List<RosterDigestEntry> changed = new ArrayList<>();
        List<RosterDigestEntry> left = new ArrayList<>();
        int joinedCount = 0;
        int changedCount = 0;
        for (Volunteer volunteer : roster) {
            String previous = before.get(volunteer.id());
            boolean isNew = previous == null;
            boolean isChanged = !isNew && !previous.equals(fingerprint(volunteer));
            if (isNew) {
                joinedCount++;
            } else if (isChanged) {
                changedCount++;
            }
            if ((isNew || isChanged) && volunteer.consents().shareWithCommune()) {
                (isNew ? joined : changed).add(entry(volunteer, true));
            }
        }
        Set<String> current = roster.stream().map(Volunteer::id).collect(Collectors.toSet());
        List<String> gone = before.keySet().stream().filter(id -> !current.contains(id)).toList();
        if (!gone.isEmpty()) {
            // Withdrawn or moved away: named if they agreed to share; erased ones are not found, only counted.
            mongo.find(Query.query(Criteria.where("_id").in(gone).and("status").ne(VolunteerStatus.ERASED)),
                    Volunteer.class).stream()
                    .filter(volunteer -> volunteer.consents().shareWithCommune())
                    .forEach(volunteer -> left.add(entry(volunteer, false)));
        }
        int active = (int) roster.stream().filter(volunteer -> volunteer.status() == VolunteerStatus.ACTIVE).count();
        return new RosterDigestPublished(commune, VolunteerView.communeName(commune), snapshot.digestedAt(), now,
                sorted(joined), sorted(changed), sorted(left),
                new RosterDigestCounts(joinedCount, changedCount, gone.size(), roster.size(), active));
    }

    private static List<RosterDigestEntry> sorted(List<RosterDigestEntry> entries) {
        return entries.stream().sorted(java.util.Comparator.comparing(RosterDigestEntry::lastName)
                .thenComparing(RosterDigestEntry::firstName)).toList();
    }

    private static RosterDigestEntry entry(Volunteer volunteer, boolean withContacts) {
        RosterEntry line = RosterEntry.of(volunteer);
        return new RosterDigestEntry(volunteer.id(), volunteer.firstName(), volunteer.lastName(),
                withContacts ? volunteer.email() : null, withContacts ? volunteer.phone() : null,
                volunteer.status().name(), line.modes().stream().map(Enum::name).toList(),
                line.kindsOfHelp().stream().map(Enum::name).toList());
    }

    private static Map<String, String> lines(List<Volunteer> roster) {
        Map<String, String> lines = new LinkedHashMap<>();
        roster.forEach(volunteer -> lines.put(volunteer.id(), fingerprint(volunteer)));
        return lines;
    }

    /** A hash of the roster line as the town hall sees it: it changes when what the town hall sees changes. */
    static String fingerprint(Volunteer volunteer) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(
                    RosterEntry.of(volunteer).toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
