package fr.heurecivique.notification.delivery;

import fr.heurecivique.testsupport.ContainersIntegrationTest;

@ContainersIntegrationTest
class DeliveryLogContainersIT extends DeliveryLogScenarios {
}
