package fr.heurecivique.identity.audit;

import fr.heurecivique.contracts.EventCatalog;
import fr.heurecivique.contracts.Topics;
import fr.heurecivique.contracts.audit.PersonalDataAccessed;
import fr.heurecivique.defaults.kafka.EventJson;
import fr.heurecivique.defaults.kafka.IncomingEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** Keeps the audit log that admins read, from every service's {@code personal-data-accessed} events (upserts). */
@Component
class AuditEventsListener {

    static final String CONSUMER = "identity.audit-log";

    private final EventJson json;
    private final MongoTemplate mongo;

    AuditEventsListener(EventJson json, MongoTemplate mongo) {
        this.json = json;
        this.mongo = mongo;
    }

    @KafkaListener(id = CONSUMER, topics = Topics.Names.AUDIT_EVENTS)
    void on(ConsumerRecord<String, JsonNode> record) {
        IncomingEvent event = json.read(record);
        if (event.isTombstone() || !event.is(EventCatalog.PERSONAL_DATA_ACCESSED)) {
            return;
        }
        PersonalDataAccessed accessed = event.data(EventCatalog.PERSONAL_DATA_ACCESSED);
        // Keyed by the audit id: saving it again is the same entry.
        mongo.save(new AuditLogEntry(accessed.auditId(), accessed.actor(), accessed.actorRole(), accessed.action(),
                accessed.resourceType(), accessed.resourceId(), accessed.service(), accessed.at()));
    }
}
