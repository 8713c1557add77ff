package fr.heurecivique.defaults.outbox;

import fr.heurecivique.contracts.CloudEventHeaders;
import fr.heurecivique.contracts.Topics;
import fr.heurecivique.defaults.testapp.Parcel;
import fr.heurecivique.defaults.testapp.ParcelRepository;
import fr.heurecivique.defaults.testapp.ParcelShipped;
import fr.heurecivique.testsupport.CapturedRecord;
import fr.heurecivique.testsupport.EmbeddedInfrastructure;
import fr.heurecivique.testsupport.EventProbe;
import fr.heurecivique.testsupport.PlatformIntegrationTest;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@PlatformIntegrationTest
class OutboxRelayIT {

    @Autowired
    ParcelRepository parcels;
    @Autowired
    AggregateStore store;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    OutboxProperties properties;
    @Autowired
    MeterRegistry meters;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;
    @LocalServerPort
    int port;

    @Test
    void publishesASavedEventWithItsCloudEventsEnvelopeThenClearsTheOutbox() {
        try (EventProbe probe = EventProbe.fromNow(bootstrapServers, Topics.MATCH_EVENTS.name())) {
            Parcel parcel = store.insert(Parcel.ship("Rochefort"));

            CapturedRecord record = probe.await(ParcelShipped.TYPE.name(), parcel.id());

            assertThat(record.header(CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
            assertThat(record.eventId()).isEqualTo(parcel.pendingEvents().get(0).eventId());
            assertThat(record.header(CloudEventHeaders.SOURCE)).isEqualTo("/heure-civique/backbone-test");
            assertThat(record.header(CloudEventHeaders.SUBJECT)).isEqualTo(parcel.id());
            assertThat(record.header(CloudEventHeaders.AGGREGATE_VERSION)).isEqualTo("0");
            assertThat(record.header(CloudEventHeaders.CONTENT_TYPE)).isEqualTo("application/json");
            assertThat(Instant.parse(record.header(CloudEventHeaders.TIME))).isBeforeOrEqualTo(Instant.now());
            assertThat(record.value()).isEqualTo("{\"parcelId\":\"" + parcel.id() + "\",\"destination\":\"Rochefort\"}");
            await().atMost(Duration.ofSeconds(10)).until(() -> pendingOf(parcel.id()).isEmpty());
            assertThat(stored(parcel.id())).doesNotContainKey(OutboxRelay.LEASE_FIELD);
        }
    }

    @Test
    void anEventCarriesTheTraceOfTheRequestThatCausedIt() {
        String traceId = "0af7651916cd43dd8448eb211c80319c";
        try (EventProbe probe = EventProbe.fromNow(bootstrapServers, Topics.MATCH_EVENTS.name())) {
            String id = RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build()
                    .post().uri("/test/parcels").contentType(MediaType.APPLICATION_JSON)
                    .header("traceparent", "00-" + traceId + "-b7ad6b7169203331-01")
                    .body("{\"destination\":\"Jonzac\",\"contact\":\"a@exemple.fr\",\"weight\":1}")
                    .exchange().expectStatus().isCreated().expectBody(String.class).returnResult().getResponseBody();

            CapturedRecord record = probe.await(ParcelShipped.TYPE.name(), id);

            assertThat(record.header(CloudEventHeaders.TRACEPARENT)).startsWith("00-" + traceId + "-");
        }
    }

    @Test
    void publishesATombstoneAsANullValueWithTheCloudEventsAttributesAfterTheEventsBeforeIt() {
        try (EventProbe probe = EventProbe.fromNow(bootstrapServers, Topics.MATCH_EVENTS.name())) {
            Parcel parcel = store.insert(Parcel.ship("Marennes"));
            CapturedRecord shipped = probe.await(ParcelShipped.TYPE.name(), parcel.id());
            await().atMost(Duration.ofSeconds(10)).until(() -> pendingOf(parcel.id()).isEmpty());

            Parcel stored = parcels.findById(parcel.id()).orElseThrow();
            stored.forget();
            store.save(stored);

            CapturedRecord tombstone = probe.await(record -> parcel.id().equals(record.key()) && record.value() == null);
            assertThat(tombstone.eventId()).isEqualTo(stored.pendingEvents().get(0).eventId());
            assertThat(tombstone.header(CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
            assertThat(tombstone.header(CloudEventHeaders.SUBJECT)).isEqualTo(parcel.id());
            assertThat(tombstone.header(CloudEventHeaders.SOURCE)).isEqualTo("/heure-civique/backbone-test");
            assertThat(tombstone.header(CloudEventHeaders.AGGREGATE_VERSION)).isEqualTo("1");
            assertThat(tombstone.header(CloudEventHeaders.TIME)).isNotNull();
            assertThat(tombstone.headers()).doesNotContainKeys(CloudEventHeaders.TYPE, CloudEventHeaders.CONTENT_TYPE);
            assertThat(tombstone.partition()).isEqualTo(shipped.partition());
            assertThat(tombstone.offset()).isGreaterThan(shipped.offset());
            await().atMost(Duration.ofSeconds(10)).until(() -> pendingOf(parcel.id()).isEmpty());
        }
    }

    @Test
    void anEventWrittenWhileKafkaIsDownIsPublishedOnceKafkaIsBack() {
        EmbeddedInfrastructure.kafka().stop();
        Parcel parcel;
        try {
            double refusals = failures();
            parcel = store.insert(Parcel.ship("Île d'Aix"));
            // Kafka refuses the relay's attempts; the event stays in the document meanwhile.
            await().atMost(Duration.ofSeconds(60)).until(() -> failures() > refusals);
            assertThat(pendingOf(parcel.id())).hasSize(1);
        } finally {
            EmbeddedInfrastructure.kafka().start();
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> pendingOf(parcel.id()).isEmpty());
        try (EventProbe probe = EventProbe.fromBeginning(bootstrapServers, Topics.MATCH_EVENTS.name())) {
            probe.await(ParcelShipped.TYPE.name(), parcel.id());
            probe.awaitCaughtUp();
            assertThat(probe.records()).filteredOn(record -> parcel.id().equals(record.key())).hasSize(1);
        }
    }

    @Test
    void twoRelaysPublishEachEventExactlyOnce() throws InterruptedException {
        // A second relay, as a second instance of the service would run, drains concurrently with this one.
        OutboxRelay secondInstance = new OutboxRelay(mongo, kafka, properties, Clock.systemUTC(),
                () -> List.of("parcels"), new SimpleMeterRegistry());
        AtomicBoolean running = new AtomicBoolean(true);
        Thread second = new Thread(() -> {
            while (running.get()) {
                secondInstance.publishPending();
            }
        });
        try (EventProbe probe = EventProbe.fromNow(bootstrapServers, Topics.MATCH_EVENTS.name())) {
            second.start();
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                ids.add(store.insert(Parcel.ship("Royan " + i)).id());
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> ids.stream().allMatch(id -> pendingOf(id).isEmpty()));
            probe.awaitCaughtUp();

            Map<String, Long> publications = probe.records().stream().filter(record -> ids.contains(record.key()))
                    .collect(Collectors.groupingBy(CapturedRecord::key, Collectors.counting()));
            assertThat(publications).hasSize(40).allSatisfy((id, count) -> assertThat(count).isEqualTo(1));
        } finally {
            running.set(false);
            second.join();
        }
    }

    private double failures() {
        return meters.counter("heure_civique.outbox.failures").count();
    }

    private Document stored(String id) {
        return mongo.findById(id, Document.class, "parcels");
    }

    private List<?> pendingOf(String id) {
        return stored(id).getList(OutboxAggregate.PENDING_EVENTS_FIELD, Object.class, List.of());
    }
}
