package fr.heurecivique.notification.messaging;

import fr.heurecivique.testsupport.ContainersIntegrationTest;

@ContainersIntegrationTest
class WelcomeContainersIT extends WelcomeScenarios {
}
