package fr.heurecivique.commune;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** commune-service: communes, partnerships, referents and needs. Publishes {@code commune.events}, {@code need.events}. */
@SpringBootApplication
public class CommuneServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(CommuneServiceApplication.class, args);
    }
}
