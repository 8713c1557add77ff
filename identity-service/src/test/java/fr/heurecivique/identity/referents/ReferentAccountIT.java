package fr.heurecivique.identity.referents;

import fr.heurecivique.testsupport.PlatformIntegrationTest;

@PlatformIntegrationTest
class ReferentAccountIT extends ReferentAccountScenarios {
}
