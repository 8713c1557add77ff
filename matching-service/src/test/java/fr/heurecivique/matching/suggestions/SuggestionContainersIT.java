package fr.heurecivique.matching.suggestions;

import fr.heurecivique.testsupport.ContainersIntegrationTest;

@ContainersIntegrationTest
class SuggestionContainersIT extends SuggestionScenarios {
}
