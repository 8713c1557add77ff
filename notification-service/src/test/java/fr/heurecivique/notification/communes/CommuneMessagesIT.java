package fr.heurecivique.notification.communes;

import fr.heurecivique.testsupport.PlatformIntegrationTest;

@PlatformIntegrationTest
class CommuneMessagesIT extends CommuneMessagesScenarios {
}
