package fr.heurecivique.notification.volunteers;

import fr.heurecivique.testsupport.PlatformIntegrationTest;

@PlatformIntegrationTest
class WelcomeIT extends WelcomeScenarios {
}
