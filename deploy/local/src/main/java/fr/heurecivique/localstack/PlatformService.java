package fr.heurecivique.localstack;

/** The platform's services, each run as its own OS process by the local stack. */
public enum PlatformService {

    GATEWAY("gateway", "front door: routes /api/** to the services"),
    VOLUNTEER("volunteer-service", "volunteers, onboarding, roster"),
    COMMUNE("commune-service", "communes, partnerships, referents, needs"),
    MATCHING("matching-service", "suggestions, matches, hours"),
    NOTIFICATION("notification-service", "email and SMS, delivery log"),
    IDENTITY("identity-service", "sign-in (OpenID Connect provider), accounts"),
    WEB("web", "the French web client, served at the gateway's /");

    private final String module;
    private final String role;

    PlatformService(String module, String role) {
        this.module = module;
        this.role = role;
    }

    /** The Maven module, which is also the jar's name and the Spring application name. */
    public String module() {
        return module;
    }

    public String role() {
        return role;
    }

    /** The environment variable through which the gateway finds this service. */
    public String urlVariable() {
        return module.replace("-", "_").toUpperCase() + "_URL";
    }
}
