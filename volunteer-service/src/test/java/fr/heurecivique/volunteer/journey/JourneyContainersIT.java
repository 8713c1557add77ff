package fr.heurecivique.volunteer.journey;

import fr.heurecivique.testsupport.ContainersIntegrationTest;

@ContainersIntegrationTest
class JourneyContainersIT extends JourneyScenarios {
}
