package fr.heurecivique.defaults.security;

import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

import java.util.function.Supplier;

/**
 * A rule of an endpoint, decided from the caller's token and the request (path variables, query parameters): the
 * building blocks of each service's {@link AccessRules}. Rules that need the resource itself (a need's commune) are
 * checked in the service with {@link Caller#require(boolean)}.
 */
@FunctionalInterface
public interface Access extends AuthorizationManager<RequestAuthorizationContext> {

    boolean allows(Caller caller, RequestAuthorizationContext request);

    @Override
    default AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
            RequestAuthorizationContext request) {
        return new AuthorizationDecision(allows(Caller.of(authentication.get()), request));
    }

    default Access or(Access other) {
        return (caller, request) -> allows(caller, request) || other.allows(caller, request);
    }

    /** Any of these roles. */
    static Access roles(Role... roles) {
        return (caller, request) -> caller.hasAny(roles);
    }

    /** Any signed-in person (not a service). */
    static Access signedIn() {
        return (caller, request) -> caller.authenticated() && !caller.roles().isEmpty();
    }

    /** The volunteer named by the path variable {@code variable}, themselves ({@code volunteer_id} claim). */
    static Access volunteerInPath(String variable) {
        return (caller, request) -> caller.isVolunteer(request.getVariables().get(variable));
    }

    /** A referent of the commune named by the path variable {@code variable} ({@code communes} claim). */
    static Access referentOfPathCommune(String variable) {
        return (caller, request) -> caller.isReferentOf(request.getVariables().get(variable));
    }

    /** A referent of the commune named by the query parameter {@code parameter} ({@code communes} claim). */
    static Access referentOfQueryCommune(String parameter) {
        return (caller, request) -> caller.isReferentOf(request.getRequest().getParameter(parameter));
    }

    /** Another service of the platform (client credentials, scope {@code internal}). */
    static Access internalService() {
        return (caller, request) -> caller.internal();
    }
}
