package fr.heurecivique.volunteer;

import fr.heurecivique.testsupport.architecture.ServiceArchitecture;
import org.junit.jupiter.api.Test;

/** The platform's layout rules on this service's production classes ({@link ServiceArchitecture}). */
class ArchitectureTest {

    @Test
    void keepsThePlatformsLayoutRules() {
        ServiceArchitecture.check("fr.heurecivique.volunteer");
    }
}
