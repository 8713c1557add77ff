package fr.heurecivique.commune.referents;

import fr.heurecivique.testsupport.PlatformIntegrationTest;

@PlatformIntegrationTest
class ReferentIT extends ReferentScenarios {
}
