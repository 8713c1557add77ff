package fr.heurecivique.volunteer;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** volunteer-service: the home of volunteers. Publishes {@code volunteer.events} and {@code roster.events}. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class VolunteerServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(VolunteerServiceApplication.class, args);
    }
}
