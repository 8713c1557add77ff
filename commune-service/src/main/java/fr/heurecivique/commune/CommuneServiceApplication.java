package fr.heurecivique.commune;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * commune-service: the communes of the département (reference data, search), their partnership with the scheme,
 * their referents, local associations and beneficiaries (private to this service), their needs, and the figures.
 * Publishes {@code commune.events} and {@code need.events}.
 */
@SpringBootApplication
public class CommuneServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(CommuneServiceApplication.class, args);
    }
}
