package fr.heurecivique.matching.bench;

import fr.heurecivique.contracts.CloudEventHeaders;
import fr.heurecivique.contracts.EventCatalog;
import fr.heurecivique.contracts.volunteer.VolunteerConsents;
import fr.heurecivique.contracts.volunteer.VolunteerInterviewed;
import fr.heurecivique.contracts.volunteer.VolunteerOnboarding;
import fr.heurecivique.contracts.volunteer.VolunteerPerimeter;
import fr.heurecivique.contracts.volunteer.VolunteerState;
import fr.heurecivique.defaults.kafka.EventJson;
import fr.heurecivique.matching.domain.activity.ActivityBook;
import fr.heurecivique.matching.domain.activity.Footprint;
import fr.heurecivique.matching.domain.activity.Months;
import fr.heurecivique.matching.domain.catalogue.Catalogue;
import fr.heurecivique.matching.domain.index.VolunteerIndex;
import fr.heurecivique.matching.domain.ranking.NeedQuery;
import fr.heurecivique.matching.domain.ranking.NeedTime;
import fr.heurecivique.matching.domain.ranking.Ranking;
import fr.heurecivique.matching.domain.ranking.RankingWeights;
import fr.heurecivique.matching.domain.volunteers.Volunteer;
import fr.heurecivique.matching.volunteers.VolunteerFeed;
import fr.heurecivique.referencedata.CharenteMaritimeCommunes;
import fr.heurecivique.referencedata.Commune;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * {@code ./heure-civique bench matching}: builds a synthetic read model — volunteers spread over 35,000 communes in
 * proportion to their population (the 462 real communes of Charente-Maritime, and synthetic ones for the rest of
 * metropolitan France: no national commune file is in the project), with mixed perimeters — then times suggestion
 * queries for random needs with the engine (spatial index) and with a brute-force scan over the same data, and ends
 * each size with one line:
 * {@code matching-bench volunteers=N queries=Q p50_us=.. p99_us=.. bruteforce_p50_us=.. speedup=..}.
 * With {@code --bootstrap}, it also publishes the largest size's volunteers as events to a broker and times the
 * rebuild of the read model from them through the service's own path ({@link VolunteerFeed}):
 * {@code matching-rebuild volunteers=N seconds=..}.
 *
 * <p>Arguments: {@code --volunteers 10000,100000,1000000 --queries 2000 [--bootstrap host:port]}. A benchmark, not a
 * test: it prints figures, it asserts nothing.
 */
public final class MatchingBench {

    private static final int COMMUNES = 35_000;
    private static final Instant NOW = Instant.parse("2026-09-15T10:00:00Z");
    private static final int[] PERIMETERS_KM = { 2, 5, 10, 15, 20, 30, 50, 100 };
    private static final double[] PERIMETER_SHARES = { 0.10, 0.25, 0.30, 0.10, 0.12, 0.08, 0.04, 0.01 };

    private final Random random = new Random(2026);
    private final List<Commune> communes = new ArrayList<>();
    private double[] cumulativePopulation;

    public static void main(String[] args) throws Exception {
        // Figures only: the Kafka clients' INFO lines would bury them.
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        Map<String, String> options = options(args);
        int[] sizes = Arrays.stream(options.getOrDefault("--volunteers", "10000,100000,1000000").split(","))
                .mapToInt(size -> Integer.parseInt(size.strip())).toArray();
        int queries = Integer.parseInt(options.getOrDefault("--queries", "2000"));
        String bootstrap = options.get("--bootstrap");
        MatchingBench bench = new MatchingBench();
        bench.makeCommunes();
        for (int i = 0; i < sizes.length; i++) {
            boolean last = i == sizes.length - 1;
            bench.run(sizes[i], queries, last ? bootstrap : null);
        }
    }

    /** The 462 real communes of Charente-Maritime, and synthetic communes for the rest of France. */
    private void makeCommunes() {
        communes.addAll(CharenteMaritimeCommunes.get().all());
        // ~95 départements: each a centre, communes scattered around it, populations log-normal (median ~450, a
        // few towns of tens of thousands), like France's 35,000 communes.
        int departements = 95;
        double[][] centres = new double[departements][];
        for (int d = 0; d < departements; d++) {
            centres[d] = new double[] { 42.8 + random.nextDouble() * 7.8, -4.2 + random.nextDouble() * 11.8 };
        }
        for (int i = communes.size(); i < COMMUNES; i++) {
            double[] centre = centres[random.nextInt(departements)];
            double latitude = centre[0] + random.nextGaussian() * 0.32;
            double longitude = centre[1] + random.nextGaussian() * 0.45;
            int population = (int) Math.max(20, Math.min(900_000, Math.exp(6.1 + random.nextGaussian() * 1.25)));
            communes.add(new Commune(String.format("%05d", 100_000 + i), "Commune " + i, List.of(), population,
                    latitude, longitude));
        }
        cumulativePopulation = new double[communes.size()];
        double total = 0;
        for (int i = 0; i < communes.size(); i++) {
            total += communes.get(i).population();
            cumulativePopulation[i] = total;
        }
    }

    private Commune anyCommune() {
        double pick = random.nextDouble() * cumulativePopulation[cumulativePopulation.length - 1];
        int index = Arrays.binarySearch(cumulativePopulation, pick);
        return communes.get(index >= 0 ? index : -index - 1);
    }

    private void run(int size, int queries, String bootstrap) throws Exception {
        System.out.printf(Locale.ROOT, "%nBuilding %,d volunteers over %,d communes...%n", size, communes.size());
        VolunteerIndex index = new VolunteerIndex();
        ActivityBook activity = new ActivityBook();
        List<VolunteerState> states = bootstrap == null ? null : new ArrayList<>(size);
        long started = System.nanoTime();
        for (int i = 0; i < size; i++) {
            VolunteerState state = volunteer(i);
            index.upsert(Volunteer.of(state));
            if (states != null) {
                states.add(state);
            }
            if (random.nextInt(5) == 0) {
                // a fifth gave some time this month
                activity.apply(state.volunteerId(), new Footprint("m" + i, 3,
                        Map.of(Months.keyOf(NOW), 15 * (1 + random.nextInt(8))),
                        NOW.minusSeconds(random.nextInt(60 * 86_400)), random.nextInt(10) > 0, false));
            }
        }
        int[] counts = index.counts();
        System.out.printf(Locale.ROOT, "  built in %.1f s: %,d volunteers, %,d suggestible; heap used %,d MB%n",
                (System.nanoTime() - started) / 1e9, counts[0], counts[1], usedHeapMb());

        Ranking ranking = new Ranking(index, activity, RankingWeights.DEFAULT);
        List<NeedQuery> needs = new ArrayList<>();
        for (int i = 0; i < queries; i++) {
            needs.add(need(i));
        }
        // Warm up the JIT on other needs, then time.
        for (int i = 0; i < Math.min(3_000, queries * 2); i++) {
            ranking.rank(need(queries + i), 10);
        }
        long[] engine = new long[queries];
        long found = 0;
        for (int i = 0; i < queries; i++) {
            long t0 = System.nanoTime();
            found += ranking.rank(needs.get(i), 10).suggestions().size();
            engine[i] = System.nanoTime() - t0;
        }
        int bruteQueries = Math.max(20, Math.min(queries, 20_000_000 / Math.max(1, size)));
        for (int i = 0; i < Math.min(5, bruteQueries); i++) {
            ranking.rankByScanning(needs.get(i), 10);
        }
        long[] brute = new long[bruteQueries];
        int disagreements = 0;
        for (int i = 0; i < bruteQueries; i++) {
            NeedQuery need = needs.get(i);
            long t0 = System.nanoTime();
            Ranking.Ranked scanned = ranking.rankByScanning(need, 10);
            brute[i] = System.nanoTime() - t0;
            List<String> byIndex = ranking.rank(need, 10).suggestions().stream().map(s -> s.volunteer().id()).toList();
            if (!byIndex.equals(scanned.suggestions().stream().map(s -> s.volunteer().id()).toList())) {
                disagreements++;
            }
        }
        double p50 = percentile(engine, 0.50) / 1e3;
        double p99 = percentile(engine, 0.99) / 1e3;
        double bruteP50 = percentile(brute, 0.50) / 1e3;
        System.out.printf(Locale.ROOT, "  %d queries: %.1f suggestions on average; the engine and the scan agreed on "
                + "%d of %d%n", queries, (double) found / queries, bruteQueries - disagreements, bruteQueries);
        if (states != null) {
            index = null;
            ranking = null;
            rebuild(states, bootstrap);
        }
        System.out.printf(Locale.ROOT, "matching-bench volunteers=%d queries=%d p50_us=%.0f p99_us=%.0f "
                + "bruteforce_p50_us=%.0f speedup=%.0f%n", size, queries, p50, p99, bruteP50, bruteP50 / p50);
    }

    /** Publishes every volunteer as a VolunteerInterviewed event, then times the read model's rebuild from them. */
    private void rebuild(List<VolunteerState> states, String bootstrap) throws Exception {
        String topic = "bench.volunteer.events." + UUID.randomUUID().toString().substring(0, 8);
        EventJson json = new EventJson();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(List.of(new NewTopic(topic, 6, (short) 1)
                    .configs(Map.of("cleanup.policy", "compact")))).all().get();
        }
        Properties producerProperties = new Properties();
        producerProperties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        producerProperties.put(ProducerConfig.ACKS_CONFIG, "all");
        producerProperties.put(ProducerConfig.LINGER_MS_CONFIG, "20");
        producerProperties.put(ProducerConfig.BATCH_SIZE_CONFIG, String.valueOf(512 * 1024));
        producerProperties.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        long started = System.nanoTime();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(producerProperties, new StringSerializer(),
                new ByteArraySerializer())) {
            for (VolunteerState state : states) {
                ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, state.volunteerId(),
                        json.write(new VolunteerInterviewed(state)).getBytes(StandardCharsets.UTF_8));
                header(record, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
                header(record, CloudEventHeaders.ID, UUID.randomUUID().toString());
                header(record, CloudEventHeaders.TYPE, EventCatalog.VOLUNTEER_INTERVIEWED.name());
                header(record, CloudEventHeaders.SOURCE, "/heure-civique/bench");
                header(record, CloudEventHeaders.SUBJECT, state.volunteerId());
                header(record, CloudEventHeaders.AGGREGATE_VERSION, String.valueOf(state.version()));
                producer.send(record);
            }
            producer.flush();
        }
        int total = states.size();
        states.clear();
        System.gc();
        System.out.printf(Locale.ROOT, "  published %,d volunteer events in %.1f s; rebuilding the read model from "
                + "them...%n", total, (System.nanoTime() - started) / 1e9);

        VolunteerIndex rebuilt = new VolunteerIndex();
        VolunteerFeed feed = new VolunteerFeed(rebuilt, new ActivityBook());
        Properties consumerProperties = new Properties();
        consumerProperties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        consumerProperties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        consumerProperties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "5000");
        consumerProperties.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, String.valueOf(64 * 1024 * 1024));
        consumerProperties.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, String.valueOf(8 * 1024 * 1024));
        started = System.nanoTime();
        int applied = 0;
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(consumerProperties, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (applied < total) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    // As the service's listener receives it: the value read as a JSON tree, then the feed.
                    JsonNode value = json.tree(new String(record.value(), StandardCharsets.UTF_8));
                    ConsumerRecord<String, JsonNode> asListened = new ConsumerRecord<>(record.topic(),
                            record.partition(), record.offset(), record.timestamp(), record.timestampType(),
                            record.serializedKeySize(), record.serializedValueSize(), record.key(), value,
                            record.headers(), record.leaderEpoch());
                    feed.apply(json.read(asListened));
                    applied++;
                }
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "matching-rebuild volunteers=%d events=%d seconds=%.1f events_per_s=%.0f "
                + "heap_used_mb=%d%n", rebuilt.counts()[0], applied, seconds, applied / seconds, usedHeapMb());
    }

    private static void header(ProducerRecord<String, byte[]> record, String name, String value) {
        record.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8)));
    }

    /** A volunteer of a commune drawn by population, with a mixed perimeter. */
    private VolunteerState volunteer(int i) {
        Commune commune = anyCommune();
        double share = random.nextDouble();
        int perimeter = PERIMETERS_KM[PERIMETERS_KM.length - 1];
        for (int p = 0; p < PERIMETERS_KM.length; p++) {
            share -= PERIMETER_SHARES[p];
            if (share < 0) {
                perimeter = PERIMETERS_KM[p];
                break;
            }
        }
        double modeDraw = random.nextDouble();
        List<String> modes = modeDraw < 0.5 ? List.of("INDIVIDUAL") : modeDraw < 0.7 ? List.of("ORGANISED")
                : List.of("INDIVIDUAL", "ORGANISED");
        Set<String> kinds = new HashSet<>();
        int kindCount = 1 + random.nextInt(4);
        while (kinds.size() < kindCount) {
            kinds.add(Catalogue.KINDS.get(random.nextInt(Catalogue.KINDS.size())));
        }
        List<VolunteerPerimeter.WeeklySlot> slots = new ArrayList<>();
        int slotCount = 2 + random.nextInt(7);
        Set<Integer> taken = new HashSet<>();
        while (taken.size() < slotCount) {
            int slot = random.nextInt(21);
            if (taken.add(slot)) {
                slots.add(new VolunteerPerimeter.WeeklySlot(DayOfWeek.values()[slot / 3].name(),
                        Catalogue.PERIODS.get(slot % 3)));
            }
        }
        int pledgeDraw = random.nextInt(10);
        int pledge = pledgeDraw < 7 ? 1 : pledgeDraw < 9 ? 2 : 4;
        int statusDraw = random.nextInt(20);
        String status = statusDraw < 16 ? "ACTIVE" : statusDraw < 18 ? "PAUSED" : "REGISTERED";
        Instant registered = NOW.minusSeconds(86_400L * (1 + random.nextInt(700)));
        String id = new UUID(random.nextLong(), random.nextLong()).toString();
        return new VolunteerState(id, 3, status, "Prénom" + (i % 1000), "Nom" + (i % 997),
                "v" + i + "@exemple.fr", "+33600000000", commune.inseeCode(), i % 9 == 0 ? "MUTUALIA" : null,
                new VolunteerConsents(true, true, true, true), registered, commune.latitude(), commune.longitude(),
                new VolunteerOnboarding("COMPLETED", null, null, registered, registered),
                new VolunteerPerimeter(modes, perimeter, new ArrayList<>(kinds), slots, pledge));
    }

    /** A need in a commune drawn by population, of a random kind and mode, on a weekday afternoon or morning. */
    private NeedQuery need(int i) {
        Random needs = new Random(i * 7919L + 13);
        double pick = needs.nextDouble() * cumulativePopulation[cumulativePopulation.length - 1];
        int index = Arrays.binarySearch(cumulativePopulation, pick);
        Commune commune = communes.get(index >= 0 ? index : -index - 1);
        String kind = Catalogue.KINDS.get(needs.nextInt(Catalogue.KINDS.size()));
        String mode = needs.nextInt(3) == 0 ? "ORGANISED" : "INDIVIDUAL";
        int day = needs.nextInt(7);
        LocalTime start = LocalTime.of(9 + needs.nextInt(9), 0);
        NeedTime time = NeedTime.of(1 << day, start, start.plusHours(2), 60);
        double latitude = commune.latitude() + (needs.nextDouble() - 0.5) * 0.02;
        double longitude = commune.longitude() + (needs.nextDouble() - 0.5) * 0.02;
        return new NeedQuery("need-" + i, commune.inseeCode(), kind, mode, latitude, longitude, time, Set.of(), NOW);
    }

    private static double percentile(long[] values, double quantile) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)];
    }

    private static long usedHeapMb() {
        Runtime runtime = Runtime.getRuntime();
        return (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new java.util.HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        return options;
    }
}
