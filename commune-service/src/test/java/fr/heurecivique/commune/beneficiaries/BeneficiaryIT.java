package fr.heurecivique.commune.beneficiaries;

import fr.heurecivique.testsupport.PlatformIntegrationTest;

@PlatformIntegrationTest
class BeneficiaryIT extends BeneficiaryScenarios {
}
