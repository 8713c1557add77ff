package fr.heurecivique.volunteer.rgpd;

import fr.heurecivique.testsupport.PlatformIntegrationTest;

@PlatformIntegrationTest
class ProfileAndRgpdIT extends ProfileAndRgpdScenarios {
}
