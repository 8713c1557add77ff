package fr.heurecivique.notification.messaging;

import fr.heurecivique.testsupport.PlatformIntegrationTest;

@PlatformIntegrationTest
class WelcomeIT extends WelcomeScenarios {
}
