package fr.heurecivique.defaults.audit;

import fr.heurecivique.defaults.outbox.OutboxAggregate;
import fr.heurecivique.defaults.outbox.OutboxEvent;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One access to personal data by staff or a service, kept by the service that served it until its event is
 * published ({@code fr.heurecivique.audit.personal-data-accessed.v1}); identity-service keeps the audit log that
 * admins read. Ids and codes only, never the data.
 */
@Document("audit_records")
public class AuditRecord implements OutboxAggregate {

    @Id
    private String id;
    private String actor;
    private String actorRole;
    private String action;
    private String resourceType;
    private String resourceId;
    private Instant at;
    private List<OutboxEvent> pendingEvents = new ArrayList<>();

    AuditRecord() {
    }

    AuditRecord(String id, String actor, String actorRole, String action, String resourceType, String resourceId,
            Instant at, OutboxEvent event) {
        this.id = id;
        this.actor = actor;
        this.actorRole = actorRole;
        this.action = action;
        this.resourceType = resourceType;
        this.resourceId = resourceId;
        this.at = at;
        this.pendingEvents.add(event);
    }

    public String id() {
        return id;
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public String resourceId() {
        return resourceId;
    }

    @Override
    public List<OutboxEvent> pendingEvents() {
        return pendingEvents;
    }
}
