package fr.heurecivique.commune.needs;

import fr.heurecivique.testsupport.PlatformIntegrationTest;

@PlatformIntegrationTest
class NeedIT extends NeedScenarios {
}
