package fr.heurecivique.identity.signin;

import fr.heurecivique.testsupport.PlatformIntegrationTest;

@PlatformIntegrationTest
class SignInIT extends SignInScenarios {
}
