package fr.heurecivique.volunteer.journey;

import fr.heurecivique.testsupport.PlatformIntegrationTest;

@PlatformIntegrationTest
class JourneyIT extends JourneyScenarios {
}
