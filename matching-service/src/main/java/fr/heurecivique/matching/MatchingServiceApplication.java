package fr.heurecivique.matching;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.EnableScheduling;

/** matching-service: read models of volunteers and needs, suggestions, matches and the hours ledger. */
@SpringBootApplication
@EnableScheduling
@EnableConfigurationProperties(MatchingProperties.class)
public class MatchingServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(MatchingServiceApplication.class, args);
    }
}
