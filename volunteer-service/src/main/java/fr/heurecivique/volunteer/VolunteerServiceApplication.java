package fr.heurecivique.volunteer;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** volunteer-service: the home of volunteers. Publishes {@code volunteer.events}. */
@SpringBootApplication
public class VolunteerServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(VolunteerServiceApplication.class, args);
    }
}
