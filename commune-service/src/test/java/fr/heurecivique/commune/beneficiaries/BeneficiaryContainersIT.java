package fr.heurecivique.commune.beneficiaries;

import fr.heurecivique.testsupport.ContainersIntegrationTest;

@ContainersIntegrationTest
class BeneficiaryContainersIT extends BeneficiaryScenarios {
}
