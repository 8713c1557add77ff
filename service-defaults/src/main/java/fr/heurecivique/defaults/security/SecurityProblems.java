package fr.heurecivique.defaults.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;

/**
 * The 401 and 403 answers as French problem details, like every other error of the platform, keeping the
 * {@code WWW-Authenticate} header of RFC 6750 that says what was wrong with the token (never the token itself).
 */
public final class SecurityProblems {

    public static final String UNAUTHENTICATED_TITLE = "Authentification requise";
    public static final String FORBIDDEN_TITLE = "Accès refusé";
    public static final String FORBIDDEN_DETAIL = "Votre compte n’a pas les droits nécessaires pour cette action.";
    /** Written as Spring MVC writes a problem (its mix-in: no {@code "properties"} wrapper, no null fields). */
    private static final JsonMapper JSON = JsonMapper.builder()
            .addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class).build();

    private SecurityProblems() {
    }

    public static AuthenticationEntryPoint unauthenticated() {
        BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();
        return (request, response, exception) -> {
            bearer.commence(request, response, exception);
            write(request, response, unauthenticatedProblem(request.getHeader("Authorization") != null));
        };
    }

    public static AccessDeniedHandler forbidden() {
        BearerTokenAccessDeniedHandler bearer = new BearerTokenAccessDeniedHandler();
        return (request, response, exception) -> {
            bearer.handle(request, response, exception);
            write(request, response, forbiddenProblem(null));
        };
    }

    public static ProblemDetail unauthenticatedProblem(boolean tokenSent) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, tokenSent
                ? "Le jeton d’accès est invalide ou a expiré : connectez-vous à nouveau."
                : "Cette action demande d’être connecté : envoyez un jeton d’accès (en-tête Authorization: Bearer …).");
        problem.setTitle(UNAUTHENTICATED_TITLE);
        return problem;
    }

    /** @param detail a French explanation, or {@code null} for the generic one */
    public static ProblemDetail forbiddenProblem(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                detail != null && !detail.isBlank() && !detail.equals("Access Denied") ? detail : FORBIDDEN_DETAIL);
        problem.setTitle(FORBIDDEN_TITLE);
        return problem;
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
            throws IOException {
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        JSON.writeValue(response.getOutputStream(), problem);
    }
}
