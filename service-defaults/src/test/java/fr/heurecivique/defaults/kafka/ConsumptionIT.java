package fr.heurecivique.defaults.kafka;

import fr.heurecivique.contracts.Topics;
import fr.heurecivique.defaults.testapp.ParcelListener;
import fr.heurecivique.defaults.testapp.ParcelShipped;
import fr.heurecivique.testsupport.CapturedRecord;
import fr.heurecivique.testsupport.EventProbe;
import fr.heurecivique.testsupport.PlatformIntegrationTest;
import fr.heurecivique.testsupport.ServiceScenarios;
import fr.heurecivique.testsupport.TestEventPublisher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Consumers apply each event once, and a poison message never blocks its partition. */
@PlatformIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ConsumptionIT extends ServiceScenarios {

    @Autowired
    ParcelListener listener;
    @Autowired
    MongoTemplate mongo;
    @Test
    void aRedeliveredEventIsAppliedOnce() {
        String parcelId = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        ParcelShipped shipped = new ParcelShipped(parcelId, "Saintes");

        publisher.publish(ParcelShipped.TYPE, eventId, parcelId, 0, shipped);
        publisher.publish(ParcelShipped.TYPE, eventId, parcelId, 0, shipped);
        // A later event of the same aggregate (same partition): once it is applied, the redelivery was consumed.
        String next = UUID.randomUUID().toString();
        publisher.publish(ParcelShipped.TYPE, parcelId, 1, new ParcelShipped(next, "Cognac"));

        await().atMost(Duration.ofSeconds(30)).until(() -> listener.appliedCount(next) == 1);
        assertThat(listener.appliedCount(parcelId)).isEqualTo(1);
        assertThat(mongo.count(Query.query(Criteria.where("eventId").is(eventId)), "processed_events")).isEqualTo(1);
    }

    @Test
    void aPoisonMessageGoesToTheDeadLetterTopicAndThePartitionKeepsFlowing() {
        String key = UUID.randomUUID().toString();
        try (EventProbe deadLetters = probe(Topics.MATCH_EVENTS.deadLetterName())) {
            publisher.send(Topics.MATCH_EVENTS.name(), key,
                    TestEventPublisher.cloudEventHeaders(ParcelShipped.TYPE.name(), "poison-" + key, key, 0),
                    "{ this is not JSON".getBytes(StandardCharsets.UTF_8));
            publisher.send(Topics.MATCH_EVENTS.name(), key, Map.of(),
                    ("{\"parcelId\":\"" + key + "\",\"destination\":\"no headers\"}").getBytes(StandardCharsets.UTF_8));
            String after = UUID.randomUUID().toString();
            publisher.publish(ParcelShipped.TYPE, key, 1, new ParcelShipped(after, "Marennes"));

            await().atMost(Duration.ofSeconds(30)).until(() -> listener.appliedCount(after) == 1);
            CapturedRecord unreadable = deadLetters.await(record -> key.equals(record.key())
                    && "{ this is not JSON".equals(record.value()));
            assertThat(unreadable.eventId()).isEqualTo("poison-" + key);
            deadLetters.await(record -> key.equals(record.key()) && record.value().contains("no headers"));
            assertThat(listener.appliedCount(key)).isZero();
        }
    }

    @Test
    void theConsumerContinuesTheTraceOfTheEvent(CapturedOutput output) {
        String traceId = "5b8aa5a2d2c872e8321cf37308d69df2";
        String parcelId = UUID.randomUUID().toString();
        Map<String, String> headers = new java.util.HashMap<>(TestEventPublisher.cloudEventHeaders(
                ParcelShipped.TYPE.name(), UUID.randomUUID().toString(), parcelId, 0));
        headers.put("traceparent", "00-" + traceId + "-051581bf3cb55c13-01");
        publisher.send(Topics.MATCH_EVENTS.name(), parcelId, headers,
                ("{\"parcelId\":\"" + parcelId + "\",\"destination\":\"Surgères\"}").getBytes(StandardCharsets.UTF_8));

        await().atMost(Duration.ofSeconds(30)).until(() -> listener.appliedCount(parcelId) == 1);
        await().atMost(Duration.ofSeconds(5)).until(() -> output.getOut().lines()
                .anyMatch(line -> line.contains("Applied ") && line.contains(traceId)));
    }

    @Test
    void processedEventIdsHaveAUniqueIndex() {
        assertThat(mongo.indexOps("processed_events").getIndexInfo())
                .anySatisfy(index -> {
                    assertThat(index.getName()).isEqualTo("consumer_event_unique");
                    assertThat(index.isUnique()).isTrue();
                });
    }
}
