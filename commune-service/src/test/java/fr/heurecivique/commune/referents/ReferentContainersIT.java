package fr.heurecivique.commune.referents;

import fr.heurecivique.testsupport.ContainersIntegrationTest;

@ContainersIntegrationTest
class ReferentContainersIT extends ReferentScenarios {
}
