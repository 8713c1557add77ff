package fr.heurecivique.commune.partnership;

import fr.heurecivique.testsupport.ContainersIntegrationTest;

@ContainersIntegrationTest
class PartnershipContainersIT extends PartnershipScenarios {
}
