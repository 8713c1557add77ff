package fr.heurecivique.volunteer.roster;

import fr.heurecivique.testsupport.ContainersIntegrationTest;

@ContainersIntegrationTest
class RosterContainersIT extends RosterScenarios {
}
