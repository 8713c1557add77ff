package fr.heurecivique.notification.volunteers;

import fr.heurecivique.testsupport.ContainersIntegrationTest;

@ContainersIntegrationTest
class WelcomeContainersIT extends WelcomeScenarios {
}
