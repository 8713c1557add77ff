package fr.heurecivique.notification.volunteers;

import fr.heurecivique.testsupport.PlatformIntegrationTest;

@PlatformIntegrationTest
class VolunteerMessagesIT extends VolunteerMessagesScenarios {
}
