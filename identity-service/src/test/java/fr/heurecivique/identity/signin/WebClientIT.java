package fr.heurecivique.identity.signin;

import fr.heurecivique.testsupport.PlatformIntegrationTest;

@PlatformIntegrationTest
class WebClientIT extends WebClientScenarios {
}
