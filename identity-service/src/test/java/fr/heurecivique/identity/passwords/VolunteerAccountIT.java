package fr.heurecivique.identity.passwords;

import fr.heurecivique.testsupport.PlatformIntegrationTest;

@PlatformIntegrationTest
class VolunteerAccountIT extends VolunteerAccountScenarios {
}
