package fr.heurecivique.commune.communes;

import fr.heurecivique.testsupport.PlatformIntegrationTest;

@PlatformIntegrationTest
class CommuneSearchIT extends CommuneSearchScenarios {
}
