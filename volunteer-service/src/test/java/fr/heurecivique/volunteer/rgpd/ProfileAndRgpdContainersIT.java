package fr.heurecivique.volunteer.rgpd;

import fr.heurecivique.testsupport.ContainersIntegrationTest;

@ContainersIntegrationTest
class ProfileAndRgpdContainersIT extends ProfileAndRgpdScenarios {
}
