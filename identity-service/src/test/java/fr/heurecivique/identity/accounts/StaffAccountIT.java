package fr.heurecivique.identity.accounts;

import fr.heurecivique.testsupport.PlatformIntegrationTest;

@PlatformIntegrationTest
class StaffAccountIT extends StaffAccountScenarios {
}
