package fr.heurecivique.testsupport;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Points a service's test context at the JVM's {@link EmbeddedInfrastructure}, with test-friendly timings. */
public class EmbeddedInfrastructureInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of(
                "spring.mongodb.uri=" + EmbeddedInfrastructure.mongo().connectionString(),
                "spring.kafka.bootstrap-servers=" + EmbeddedInfrastructure.kafka().bootstrapServers(),
                "spring.mail.host=localhost",
                "spring.mail.port=" + EmbeddedInfrastructure.smtp().smtpPort())
                .and(TestTimings.PROPERTIES)
                .and(TestTokens.PROPERTIES.get())
                .applyTo(context);
        context.getBeanFactory().registerSingleton("clock", new MutableClock());
    }
}
