package fr.heurecivique.commune.communes;

import fr.heurecivique.testsupport.ContainersIntegrationTest;

@ContainersIntegrationTest
class CommuneSearchContainersIT extends CommuneSearchScenarios {
}
