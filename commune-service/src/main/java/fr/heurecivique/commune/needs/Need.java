package fr.heurecivique.commune.needs;

import fr.heurecivique.contracts.EventCatalog;
import fr.heurecivique.contracts.need.NeedPosted;
import fr.heurecivique.contracts.need.NeedState;
import fr.heurecivique.defaults.outbox.OutboxAggregate;
import fr.heurecivique.defaults.outbox.OutboxEvent;
import fr.heurecivique.defaults.outbox.OutboxEvents;
import fr.heurecivique.commune.communes.Commune;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A need recorded by a commune: help that a resident or a local association is looking for. */
@Document("needs")
public class Need implements OutboxAggregate {

    @Id
    private String id;
    @Version
    private Long version;
    private String communeInsee;
    private String title;
    private KindOfHelp kind;
    private String description;
    private NeedStatus status;
    private double latitude;
    private double longitude;
    private Instant postedAt;
    private List<OutboxEvent> pendingEvents = new ArrayList<>();

    protected Need() {
        // for the mapping
    }

    /** A referent records a need of the commune: {@link NeedStatus#OPEN}, placed at the commune's centre. */
    public static Need post(Commune commune, String title, KindOfHelp kind, String description, Instant now,
            OutboxEvents events) {
        Need need = new Need();
        need.id = UUID.randomUUID().toString();
        need.communeInsee = commune.inseeCode();
        need.title = title;
        need.kind = kind;
        need.description = description;
        need.status = NeedStatus.OPEN;
        need.latitude = commune.latitude();
        need.longitude = commune.longitude();
        need.postedAt = now;
        need.pendingEvents.add(events.create(EventCatalog.NEED_POSTED, need.id, need.nextVersion(),
                new NeedPosted(need.stateAt(need.nextVersion()))));
        return need;
    }

    private long nextVersion() {
        return version == null ? 0 : version + 1;
    }

    private NeedState stateAt(long aggregateVersion) {
        return new NeedState(id, aggregateVersion, communeInsee, title, kind.name(), description, status.name(),
                latitude, longitude, postedAt, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    @Override
    public List<OutboxEvent> pendingEvents() {
        return List.copyOf(pendingEvents);
    }

    public String id() {
        return id;
    }

    public String communeInsee() {
        return communeInsee;
    }

    public String title() {
        return title;
    }

    public KindOfHelp kind() {
        return kind;
    }

    public String description() {
        return description;
    }

    public NeedStatus status() {
        return status;
    }

    public double latitude() {
        return latitude;
    }

    public double longitude() {
        return longitude;
    }

    public Instant postedAt() {
        return postedAt;
    }
}
