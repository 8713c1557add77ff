package fr.heurecivique.commune.needs;

import fr.heurecivique.testsupport.ContainersIntegrationTest;

@ContainersIntegrationTest
class NeedContainersIT extends NeedScenarios {
}
