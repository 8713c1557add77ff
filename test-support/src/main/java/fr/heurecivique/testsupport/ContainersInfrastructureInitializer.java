package fr.heurecivique.testsupport;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * Points a service's test context at real MongoDB (single-node replica set) and Apache Kafka images through
 * Testcontainers, started once per JVM. Only used by tests annotated {@link ContainersIntegrationTest}, which are
 * skipped where no Docker engine runs.
 */
public class ContainersInfrastructureInitializer
        implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String MONGO_IMAGE = "mongo:8.0";
    public static final String KAFKA_IMAGE = "apache/kafka:4.1.2";

    private static MongoDBContainer mongo;
    private static KafkaContainer kafka;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        startContainers();
        TestPropertyValues.of(
                "spring.mongodb.uri=" + mongo.getReplicaSetUrl().replaceFirst("/test$", ""),
                "spring.kafka.bootstrap-servers=" + kafka.getBootstrapServers(),
                "spring.mail.host=localhost",
                "spring.mail.port=" + EmbeddedInfrastructure.smtp().smtpPort())
                .and(TestTimings.PROPERTIES)
                .and(TestTokens.PROPERTIES.get())
                .applyTo(context);
        context.getBeanFactory().registerSingleton("clock", new MutableClock());
    }

    private static synchronized void startContainers() {
        if (mongo == null) {
            mongo = new MongoDBContainer(MONGO_IMAGE);
            kafka = new KafkaContainer(KAFKA_IMAGE);
            mongo.start();
            kafka.start();
        }
    }
}
