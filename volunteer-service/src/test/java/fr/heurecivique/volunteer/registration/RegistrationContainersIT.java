package fr.heurecivique.volunteer.registration;

import fr.heurecivique.testsupport.ContainersIntegrationTest;

@ContainersIntegrationTest
class RegistrationContainersIT extends RegistrationScenarios {
}
