package fr.heurecivique.defaults.security;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Refusals decided inside a controller or a domain service (a need of another commune, method security) reach the
 * MVC exception handlers before Spring Security's filters could see them: answered here as the French 403 (or 401
 * for an anonymous caller) instead of the 500 of {@code ProblemDetailsAdvice}'s catch-all. Part of
 * {@code ProblemDetailsAdvice}'s family, registered only where Spring Security is present.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class SecurityExceptionsAdvice {

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> forbidden(AccessDeniedException e) {
        if (!Caller.current().authenticated()) {
            return unauthenticated();
        }
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(SecurityProblems.forbiddenProblem(e.getMessage()));
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<ProblemDetail> unauthenticated(AuthenticationException e) {
        return unauthenticated();
    }

    private static ResponseEntity<ProblemDetail> unauthenticated() {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .body(SecurityProblems.unauthenticatedProblem(false));
    }
}
