package fr.heurecivique.commune.partnership;

import fr.heurecivique.testsupport.PlatformIntegrationTest;

@PlatformIntegrationTest
class PartnershipIT extends PartnershipScenarios {
}
