package fr.heurecivique.testsupport.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The layout rules fail on deliberate violations (the {@code fixture} package: service {@code alpha} breaks each rule
 * once, service {@code beta} keeps them all), so that a service's {@code ArchitectureTest} passing means something.
 */
class ServiceArchitectureTest {

    private static final String FIXTURE = "fr.heurecivique.testsupport.architecture.fixture";
    private static final Set<String> SERVICES = Set.of("alpha", "beta");

    private final JavaClasses all = new ClassFileImporter().importPackages(FIXTURE);
    private final JavaClasses clean = new ClassFileImporter().importPackages(FIXTURE + ".beta");

    @Test
    void aServiceUsingAnotherServicesClassFails() {
        assertViolation(ServiceArchitecture.noServiceDependsOnAnother(FIXTURE, SERVICES), "alpha.ReadsBetasCode",
                "beta.BetaRecord");
    }

    @Test
    void aPublicControllerFails() {
        assertViolation(ServiceArchitecture.controllersArePackagePrivate(), "alpha.PublicController");
    }

    @Test
    void domainCodeUsingSpringWebFails() {
        assertViolation(ServiceArchitecture.domainUsesNeitherWebNorDataAccess(), "alpha.domain.Order",
                "org.springframework.http.ResponseEntity");
    }

    @Test
    void aKafkaListenerInAMessagingPackageFails() {
        assertViolation(ServiceArchitecture.kafkaListenersSitInFeaturePackages(), "alpha.messaging.AlphaEventsListener");
    }

    @Test
    void aServiceKeepingTheRulesPasses() {
        for (ArchRule rule : ServiceArchitecture.rules(FIXTURE, SERVICES)) {
            assertThat(rule.evaluate(clean).hasViolation()).as(rule.getDescription()).isFalse();
        }
    }

    @Test
    void thePlatformsRulesAreTheFour() {
        assertThat(ServiceArchitecture.rules()).hasSize(4);
        assertThat(ServiceArchitecture.SERVICES).contains("volunteer", "commune", "matching", "notification",
                "identity", "gateway", "web");
    }

    /** The rule fails on the fixture, only for {@code violator}, and says what it uses ({@code used}). */
    private void assertViolation(ArchRule rule, String violator, String... used) {
        EvaluationResult result = rule.evaluate(all);
        assertThat(result.hasViolation()).as(rule.getDescription()).isTrue();
        List<String> details = result.getFailureReport().getDetails();
        assertThat(details).isNotEmpty().allSatisfy(detail -> assertThat(detail).contains(FIXTURE + "." + violator));
        for (String target : used) {
            assertThat(details).anySatisfy(detail -> assertThat(detail).contains(target));
        }
    }
}
