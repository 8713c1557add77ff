package fr.heurecivique.identity.signin;

import fr.heurecivique.testsupport.ContainersIntegrationTest;

@ContainersIntegrationTest
class SignInContainersIT extends SignInScenarios {
}
