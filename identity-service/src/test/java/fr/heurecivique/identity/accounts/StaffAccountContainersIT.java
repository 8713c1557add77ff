package fr.heurecivique.identity.accounts;

import fr.heurecivique.testsupport.ContainersIntegrationTest;

@ContainersIntegrationTest
class StaffAccountContainersIT extends StaffAccountScenarios {
}
