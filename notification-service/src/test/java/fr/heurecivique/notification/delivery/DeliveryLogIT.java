package fr.heurecivique.notification.delivery;

import fr.heurecivique.testsupport.PlatformIntegrationTest;

@PlatformIntegrationTest
class DeliveryLogIT extends DeliveryLogScenarios {
}
