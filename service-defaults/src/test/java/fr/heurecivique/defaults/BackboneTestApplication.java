package fr.heurecivique.defaults;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A minimal service built on service-defaults (its components in {@code testapp}), to test the backbone on its
 * own. Placed here so that the tests of every package find it; it scans only the test application.
 */
@SpringBootApplication(scanBasePackages = "fr.heurecivique.defaults.testapp")
public class BackboneTestApplication {
}
