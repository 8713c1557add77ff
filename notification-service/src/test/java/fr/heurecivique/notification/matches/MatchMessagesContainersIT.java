package fr.heurecivique.notification.matches;

import fr.heurecivique.testsupport.ContainersIntegrationTest;

@ContainersIntegrationTest
class MatchMessagesContainersIT extends MatchMessagesScenarios {
}
