package fr.heurecivique.identity.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;

/**
 * The API's 401 and 403 answers as French problem details, like every other error of the platform, keeping the
 * {@code WWW-Authenticate} header of RFC 6750 that says what was wrong with the token.
 */
final class SecurityProblems {

    static final String UNAUTHENTICATED_TITLE = "Authentification requise";
    static final String FORBIDDEN_TITLE = "Accès refusé";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SecurityProblems() {
    }

    static AuthenticationEntryPoint unauthenticated() {
        BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();
        return (request, response, exception) -> {
            bearer.commence(request, response, exception);
            write(request, response, HttpStatus.UNAUTHORIZED, UNAUTHENTICATED_TITLE,
                    request.getHeader("Authorization") == null
                            ? "Cette action demande d’être connecté : envoyez un jeton d’accès (en-tête Authorization: "
                                    + "Bearer …)."
                            : "Le jeton d’accès est invalide ou a expiré : connectez-vous à nouveau.");
        };
    }

    static AccessDeniedHandler forbidden() {
        BearerTokenAccessDeniedHandler bearer = new BearerTokenAccessDeniedHandler();
        return (request, response, exception) -> {
            bearer.handle(request, response, exception);
            write(request, response, HttpStatus.FORBIDDEN, FORBIDDEN_TITLE, forbiddenDetail());
        };
    }

    static String forbiddenDetail() {
        return "Votre compte n’a pas les droits nécessaires pour cette action.";
    }

    static ProblemDetail forbiddenProblem(AccessDeniedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                e.getMessage() != null && !e.getMessage().isBlank() ? e.getMessage() : forbiddenDetail());
        problem.setTitle(FORBIDDEN_TITLE);
        return problem;
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
            String title, String detail) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        JSON.writeValue(response.getOutputStream(), problem);
    }

}
