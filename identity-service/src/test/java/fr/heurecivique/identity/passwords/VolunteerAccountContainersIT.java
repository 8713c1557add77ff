package fr.heurecivique.identity.passwords;

import fr.heurecivique.testsupport.ContainersIntegrationTest;

@ContainersIntegrationTest
class VolunteerAccountContainersIT extends VolunteerAccountScenarios {
}
