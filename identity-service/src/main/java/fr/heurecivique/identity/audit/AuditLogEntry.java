package fr.heurecivique.identity.audit;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/**
 * One access to personal data, as the services reported it ({@code audit.events}): who, what, when. The id is the
 * event's audit id, so a redelivered event changes nothing.
 */
@Document("audit_log")
@CompoundIndex(name = "actor_at", def = "{'actor': 1, 'at': -1}")
@CompoundIndex(name = "resource_at", def = "{'resourceId': 1, 'at': -1}")
record AuditLogEntry(@Id String id, String actor, String actorRole, String action, String resourceType,
        String resourceId, String service, Instant at) {
}
