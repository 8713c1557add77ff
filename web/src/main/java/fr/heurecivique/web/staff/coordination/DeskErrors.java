package fr.heurecivique.web.staff.coordination;

import fr.heurecivique.web.api.ApiProblem;
import fr.heurecivique.web.api.ApiUnavailableException;
import fr.heurecivique.web.signin.SignInProperties;
import fr.heurecivique.web.signin.SignedIn;
import fr.heurecivique.web.staff.admin.AdminMarker;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.oauth2.client.ClientAuthorizationRequiredException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * The desk's and the administrator's errors as French pages: a page not for this person (403, saying whom it is
 * for), the API's 403 and 404, its 401 (sign in again), anything else "service indisponible" — never a stack trace.
 */
@ControllerAdvice(basePackageClasses = { DeskErrors.class, AdminMarker.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class DeskErrors {

    private static final Logger log = LoggerFactory.getLogger(DeskErrors.class);

    /** Let Spring Security send a signed-out visitor to sign in (and back to the page). */
    @ExceptionHandler({ ClientAuthorizationRequiredException.class, AccessDeniedException.class })
    void signIn(RuntimeException exception) {
        throw exception;
    }

    @ExceptionHandler(DeskAccess.DeskRefused.class)
    ModelAndView refused(DeskAccess.DeskRefused refused, HttpServletResponse response) {
        response.setStatus(403);
        ModelAndView page = page(403);
        page.addObject("pageFor", refused.pageFor());
        return page;
    }

    @ExceptionHandler(ApiProblem.class)
    ModelAndView problem(ApiProblem problem, HttpServletRequest request, HttpServletResponse response) {
        if (problem.status() == 401) {
            request.getSession().invalidate();
            return new ModelAndView("redirect:" + SignInProperties.SIGN_IN_PATH);
        }
        int status = problem.status() == 403 || problem.status() == 404 ? problem.status() : 503;
        if (status == 503) {
            log.warn("The API answered {} to a staff page", problem.status());
        }
        response.setStatus(status);
        ModelAndView page = page(status);
        page.addObject("detail", problem.detail());
        return page;
    }

    @ExceptionHandler(ApiUnavailableException.class)
    ModelAndView unavailable(ApiUnavailableException exception, HttpServletResponse response) {
        log.warn("The API could not be reached from a staff page: {}", exception.getCause() == null
                ? exception.toString() : exception.getCause().toString());
        response.setStatus(503);
        return page(503);
    }

    private static ModelAndView page(int status) {
        ModelAndView page = new ModelAndView("staff/coordination/problem");
        page.addObject("status", status);
        page.addObject("signedIn", SignedIn.isSignedIn());
        return page;
    }
}
