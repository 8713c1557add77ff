package fr.heurecivique.volunteer.registration;

import fr.heurecivique.testsupport.PlatformIntegrationTest;

@PlatformIntegrationTest
class RegistrationIT extends RegistrationScenarios {
}
