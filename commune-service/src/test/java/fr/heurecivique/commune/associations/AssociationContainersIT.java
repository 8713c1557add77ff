package fr.heurecivique.commune.associations;

import fr.heurecivique.testsupport.ContainersIntegrationTest;

@ContainersIntegrationTest
class AssociationContainersIT extends AssociationScenarios {
}
