package fr.heurecivique.matching.matches;

import fr.heurecivique.testsupport.PlatformIntegrationTest;

@PlatformIntegrationTest
class MatchingIT extends MatchingScenarios {
}
