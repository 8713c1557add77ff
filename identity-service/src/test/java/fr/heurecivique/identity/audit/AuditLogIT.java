package fr.heurecivique.identity.audit;

import fr.heurecivique.testsupport.PlatformIntegrationTest;

@PlatformIntegrationTest
class AuditLogIT extends AuditLogScenarios {
}
