package fr.heurecivique.web.space;

import fr.heurecivique.web.api.ApiProblem;
import fr.heurecivique.web.api.ApiUnavailableException;
import fr.heurecivique.web.signin.SignInProperties;
import fr.heurecivique.web.signin.SignedIn;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.oauth2.client.ClientAuthorizationRequiredException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * The API's refusals on the volunteer's space as French pages, never a stack trace: 404 "introuvable", 403 "ne vous
 * concerne pas", 401 (the token was refused) sends the person to sign in again, and anything else a "service
 * unavailable" page.
 */
@ControllerAdvice(assignableTypes = { SpaceController.class, ErasureController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class SpaceErrors {

    private static final Logger log = LoggerFactory.getLogger(SpaceErrors.class);

    /** Let Spring Security's filter send the person to sign in again (and back to the page). */
    @ExceptionHandler(ClientAuthorizationRequiredException.class)
    void signInAgain(ClientAuthorizationRequiredException exception) {
        throw exception;
    }

    @ExceptionHandler(ApiProblem.class)
    ModelAndView problem(ApiProblem problem, HttpServletRequest request, HttpServletResponse response) {
        if (problem.status() == 401) {
            // The API refused the token (revoked, or signed with a key the provider no longer has): sign in again.
            request.getSession().invalidate();
            return new ModelAndView("redirect:" + SignInProperties.SIGN_IN_PATH);
        }
        int status = problem.status() == 403 || problem.status() == 404 ? problem.status() : 503;
        if (status == 503) {
            log.warn("The API answered {} to the volunteer's space", problem.status());
        }
        response.setStatus(status);
        ModelAndView page = page(status);
        page.addObject("detail", problem.detail());
        return page;
    }

    @ExceptionHandler(ApiUnavailableException.class)
    ModelAndView unavailable(ApiUnavailableException exception, HttpServletResponse response) {
        log.warn("The API could not be reached: {}", exception.getCause() == null ? exception.toString()
                : exception.getCause().toString());
        response.setStatus(503);
        return page(503);
    }

    /** Exception handlers get no {@code @ModelAttribute}s: what the layout needs is added here. */
    private static ModelAndView page(int status) {
        ModelAndView page = new ModelAndView("space/problem");
        page.addObject("status", status);
        page.addObject("signedIn", SignedIn.isSignedIn());
        return page;
    }
}
