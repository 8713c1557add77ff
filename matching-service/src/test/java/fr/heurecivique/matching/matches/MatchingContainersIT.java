package fr.heurecivique.matching.matches;

import fr.heurecivique.testsupport.ContainersIntegrationTest;

@ContainersIntegrationTest
class MatchingContainersIT extends MatchingScenarios {
}
