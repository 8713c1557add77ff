package fr.heurecivique.web.api;

import fr.heurecivique.web.signin.SignInProperties;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.servlet.ModelAndView;

import java.util.function.IntFunction;

/**
 * What a section's pages show when the API refuses or cannot be reached, shared by the sections' advices (the
 * volunteer's space, the staff area, the coordinator's desk): 401 (the token was refused: revoked, or signed with a
 * key the provider no longer has) signs the person in again; 403 and 404 keep their status with the API's French
 * {@code detail}; anything else is "service indisponible" (503), logged without the person's data. Each section gives
 * its own page ({@code page}: the view with what its layout needs, for a status).
 */
public final class ApiErrorPages {

    private static final Logger log = LoggerFactory.getLogger(ApiErrorPages.class);

    private ApiErrorPages() {
    }

    public static ModelAndView problem(ApiProblem problem, HttpServletRequest request, HttpServletResponse response,
            IntFunction<ModelAndView> page, String where) {
        if (problem.status() == 401) {
            request.getSession().invalidate();
            return new ModelAndView("redirect:" + SignInProperties.SIGN_IN_PATH);
        }
        int status = problem.status() == 403 || problem.status() == 404 ? problem.status() : 503;
        if (status == 503) {
            log.warn("The API answered {} to {}", problem.status(), where);
        }
        response.setStatus(status);
        ModelAndView shown = page.apply(status);
        shown.addObject("detail", problem.detail());
        return shown;
    }

    public static ModelAndView unavailable(ApiUnavailableException exception, HttpServletResponse response,
            IntFunction<ModelAndView> page, String where) {
        log.warn("The API could not be reached from {}: {}", where, exception.getCause() == null
                ? exception.toString() : exception.getCause().toString());
        response.setStatus(503);
        return page.apply(503);
    }
}
