package fr.heurecivique.testsupport.architecture;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Locations;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The layout rules every service keeps (DESIGN.md section 7), checked by each service's {@code ArchitectureTest} on
 * its production classes:
 * <ul>
 * <li><b>services talk through events and the API, never through each other's code</b>: no class of one service
 * ({@code fr.heurecivique.<service>}) depends on a class of another; the shared modules (contracts, service-defaults,
 * reference data, the web theme) are everyone's;</li>
 * <li><b>controllers are package-private</b> (thin, reached through their routes only): no public
 * {@code @Controller} or {@code @RestController};</li>
 * <li><b>domain code knows neither HTTP nor the database's access API</b>: the classes of a {@code domain} package
 * and the stored aggregates ({@code @Document}) use nothing of Spring Web ({@code org.springframework.web},
 * {@code org.springframework.http}) nor of Spring Data's access side (repositories, {@code MongoTemplate},
 * queries, pages). Spring Data's <em>mapping</em> annotations ({@code @Document}, {@code @Id}, {@code @Version},
 * {@code @Indexed}, {@code @Transient}) are allowed on purpose: they are metadata on the aggregate, not calls, and
 * moving them to separate persistence classes would double every aggregate for no rule gained;</li>
 * <li><b>a Kafka listener lives in the feature package it serves</b>, the same way in every service: no class with a
 * {@code @KafkaListener} in a technical package ({@code messaging}, {@code listeners}, {@code kafka},
 * {@code consumers}).</li>
 * </ul>
 * A test in test-support shows each rule failing on a deliberate violation ({@code ServiceArchitectureTest}).
 */
public final class ServiceArchitecture {

    /** The platform's root package. */
    public static final String ROOT = "fr.heurecivique";
    /** The deployable services (their packages under {@link #ROOT}); the other packages are shared modules. */
    public static final Set<String> SERVICES = Set.of("gateway", "volunteer", "commune", "matching", "notification",
            "identity", "web");

    private static final String DOCUMENT = "org.springframework.data.mongodb.core.mapping.Document";
    private static final String KAFKA_LISTENER = "org.springframework.kafka.annotation.KafkaListener";
    private static final String[] WEB_AND_DATA_ACCESS = { "org.springframework.web..", "org.springframework.http..",
            "org.springframework.data.repository..", "org.springframework.data.mongodb.repository..",
            "org.springframework.data.mongodb.core", "org.springframework.data.mongodb.core.query..",
            "org.springframework.data.mongodb.core.aggregation..", "org.springframework.data.domain.." };

    private ServiceArchitecture() {
    }

    /** Checks the rules on the production classes of {@code servicePackage} (e.g. {@code fr.heurecivique.matching}). */
    public static void check(String servicePackage) {
        // Only the service's own class files; what they use is known by name, which is all the rules need (and
        // resolving it from the class path would make the test take seconds for nothing).
        ArchConfiguration.get().setResolveMissingDependenciesFromClassPath(false);
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importLocations(Locations.ofPackage(servicePackage));
        if (classes.isEmpty()) {
            throw new AssertionError("No production class found in " + servicePackage);
        }
        rules().forEach(rule -> rule.check(classes));
    }

    /** The platform's rules. */
    public static List<ArchRule> rules() {
        return rules(ROOT, SERVICES);
    }

    /** The rules for services named {@code services} under {@code root} (a fixture's own root in the tests). */
    public static List<ArchRule> rules(String root, Set<String> services) {
        return List.of(noServiceDependsOnAnother(root, services), controllersArePackagePrivate(),
                domainUsesNeitherWebNorDataAccess(), kafkaListenersSitInFeaturePackages());
    }

    static ArchRule noServiceDependsOnAnother(String root, Set<String> services) {
        return ArchRuleDefinition.classes().should(new ArchCondition<JavaClass>(
                "depend on no other service's classes (services talk through events and the API)") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                Optional<String> own = serviceOf(origin.getPackageName(), root, services);
                if (own.isEmpty()) {
                    return;
                }
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    Optional<String> target = serviceOf(dependency.getTargetClass().getPackageName(), root, services);
                    if (target.isPresent() && !target.equals(own)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        }).allowEmptyShould(true);
    }

    static ArchRule controllersArePackagePrivate() {
        return ArchRuleDefinition.classes().that().areAnnotatedWith("org.springframework.stereotype.Controller")
                .or().areAnnotatedWith("org.springframework.web.bind.annotation.RestController")
                .should().notHaveModifier(JavaModifier.PUBLIC)
                .because("controllers are thin and package-private (DESIGN.md section 7)")
                .allowEmptyShould(true);
    }

    static ArchRule domainUsesNeitherWebNorDataAccess() {
        DescribedPredicate<JavaClass> domain = new DescribedPredicate<>(
                "domain code (a domain package, or a stored aggregate)") {
            @Override
            public boolean test(JavaClass type) {
                return type.getPackageName().contains(".domain") && isInDomainPackage(type.getPackageName())
                        || type.isAnnotatedWith(DOCUMENT);
            }
        };
        return ArchRuleDefinition.noClasses().that(domain).should().dependOnClassesThat()
                .resideInAnyPackage(WEB_AND_DATA_ACCESS)
                .because("domain rules live in domain classes, apart from HTTP and the database's access API")
                .allowEmptyShould(true);
    }

    static ArchRule kafkaListenersSitInFeaturePackages() {
        DescribedPredicate<JavaClass> listener = new DescribedPredicate<>("have a @KafkaListener") {
            @Override
            public boolean test(JavaClass type) {
                return type.isAnnotatedWith(KAFKA_LISTENER)
                        || type.getMethods().stream().anyMatch(method -> method.isAnnotatedWith(KAFKA_LISTENER));
            }
        };
        return ArchRuleDefinition.noClasses().that(listener).should()
                .resideInAnyPackage("..messaging..", "..listeners..", "..kafka..", "..consumers..")
                .because("a Kafka listener lives in the feature package it serves (DESIGN.md section 7)")
                .allowEmptyShould(true);
    }

    private static boolean isInDomainPackage(String packageName) {
        return packageName.endsWith(".domain") || packageName.contains(".domain.");
    }

    private static Optional<String> serviceOf(String packageName, String root, Set<String> services) {
        if (!packageName.startsWith(root + ".")) {
            return Optional.empty();
        }
        String rest = packageName.substring(root.length() + 1);
        int dot = rest.indexOf('.');
        String first = dot < 0 ? rest : rest.substring(0, dot);
        return services.contains(first) ? Optional.of(first) : Optional.empty();
    }
}
