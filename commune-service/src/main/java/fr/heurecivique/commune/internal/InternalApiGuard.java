package fr.heurecivique.commune.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.servlet.HandlerInterceptor;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Lets a call to {@code /internal/**} through only with the shared secret of {@link InternalApiProperties}, compared
 * in constant time; any other call is a {@code 401} problem detail. The gateway never routes {@code /internal/**}:
 * only services inside the platform's network reach it.
 */
class InternalApiGuard implements HandlerInterceptor {

    private static final Logger log = LoggerFactory.getLogger(InternalApiGuard.class);

    private final InternalApiProperties properties;
    private final byte[] expected;

    InternalApiGuard(InternalApiProperties properties) {
        this.properties = properties;
        this.expected = properties.enabled() ? properties.token().getBytes(StandardCharsets.UTF_8) : null;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String given = request.getHeader(properties.header());
        if (expected == null || given == null
                || !MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.UTF_8))) {
            log.warn("Refused an internal call to {} {} without the right {} header", request.getMethod(),
                    request.getRequestURI(), properties.header());
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
                    "Cette adresse est réservée aux services de la plateforme, authentifiés.");
            problem.setTitle("Authentification requise");
            throw new ErrorResponseException(HttpStatus.UNAUTHORIZED, problem, null);
        }
        return true;
    }
}
