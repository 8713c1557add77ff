package fr.heurecivique.notification.sms;

import fr.heurecivique.testsupport.ContainersIntegrationTest;

@ContainersIntegrationTest
class SmsDeliveryContainersIT extends SmsDeliveryScenarios {
}
