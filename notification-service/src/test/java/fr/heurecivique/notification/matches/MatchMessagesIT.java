package fr.heurecivique.notification.matches;

import fr.heurecivique.testsupport.PlatformIntegrationTest;

@PlatformIntegrationTest
class MatchMessagesIT extends MatchMessagesScenarios {
}
