package fr.heurecivique.notification.communes;

import fr.heurecivique.testsupport.ContainersIntegrationTest;

@ContainersIntegrationTest
class CommuneMessagesContainersIT extends CommuneMessagesScenarios {
}
