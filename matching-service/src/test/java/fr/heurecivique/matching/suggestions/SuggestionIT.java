package fr.heurecivique.matching.suggestions;

import fr.heurecivique.testsupport.PlatformIntegrationTest;

@PlatformIntegrationTest
class SuggestionIT extends SuggestionScenarios {
}
