package fr.heurecivique.notification.sms;

import fr.heurecivique.testsupport.PlatformIntegrationTest;

@PlatformIntegrationTest
class SmsDeliveryIT extends SmsDeliveryScenarios {
}
