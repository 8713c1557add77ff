package fr.heurecivique.defaults.audit;

import fr.heurecivique.contracts.EventCatalog;
import fr.heurecivique.contracts.audit.PersonalDataAccessed;
import fr.heurecivique.defaults.outbox.OutboxAggregate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/**
 * One access to personal data by staff or a service, kept by the service that served it until its event is
 * published ({@code fr.heurecivique.audit.personal-data-accessed.v1}); identity-service keeps the audit log that
 * admins read. Ids and codes only, never the data.
 */
@Document("audit_records")
public class AuditRecord extends OutboxAggregate {

    @Id
    private String id;
    private String actor;
    private String actorRole;
    private String action;
    private String resourceType;
    private String resourceId;
    private Instant at;

    AuditRecord() {
    }

    AuditRecord(String id, String actor, String actorRole, String action, String resourceType, String resourceId,
            Instant at, PersonalDataAccessed event) {
        this.id = id;
        this.actor = actor;
        this.actorRole = actorRole;
        this.action = action;
        this.resourceType = resourceType;
        this.resourceId = resourceId;
        this.at = at;
        record(EventCatalog.PERSONAL_DATA_ACCESSED, event);
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
    public String aggregateId() {
        return id;
    }
}
