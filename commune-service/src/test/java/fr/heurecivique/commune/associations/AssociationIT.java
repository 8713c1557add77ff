package fr.heurecivique.commune.associations;

import fr.heurecivique.testsupport.PlatformIntegrationTest;

@PlatformIntegrationTest
class AssociationIT extends AssociationScenarios {
}
