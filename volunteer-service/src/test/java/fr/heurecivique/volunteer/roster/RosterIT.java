package fr.heurecivique.volunteer.roster;

import fr.heurecivique.testsupport.PlatformIntegrationTest;

@PlatformIntegrationTest
class RosterIT extends RosterScenarios {
}
