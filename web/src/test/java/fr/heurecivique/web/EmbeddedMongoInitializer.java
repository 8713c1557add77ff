package fr.heurecivique.web;

import fr.heurecivique.testsupport.EmbeddedInfrastructure;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** web's sessions in the test JVM's embedded MongoDB (mongo-java-server, as the embedded default runs). */
public class EmbeddedMongoInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of("spring.mongodb.uri=" + EmbeddedInfrastructure.mongo().connectionString())
                .applyTo(context);
    }
}
