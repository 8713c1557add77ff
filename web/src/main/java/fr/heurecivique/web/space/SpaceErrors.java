package fr.heurecivique.web.space;

import fr.heurecivique.web.api.ApiErrorPages;
import fr.heurecivique.web.api.ApiProblem;
import fr.heurecivique.web.api.ApiUnavailableException;
import fr.heurecivique.web.signin.SignedIn;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
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

    /** Let Spring Security's filter send the person to sign in again (and back to the page). */
    @ExceptionHandler(ClientAuthorizationRequiredException.class)
    void signInAgain(ClientAuthorizationRequiredException exception) {
        throw exception;
    }

    @ExceptionHandler(ApiProblem.class)
    ModelAndView problem(ApiProblem problem, HttpServletRequest request, HttpServletResponse response) {
        return ApiErrorPages.problem(problem, request, response, SpaceErrors::page, "the volunteer's space");
    }

    @ExceptionHandler(ApiUnavailableException.class)
    ModelAndView unavailable(ApiUnavailableException exception, HttpServletResponse response) {
        return ApiErrorPages.unavailable(exception, response, SpaceErrors::page, "the volunteer's space");
    }

    /** Exception handlers get no {@code @ModelAttribute}s: what the layout needs is added here. */
    private static ModelAndView page(int status) {
        ModelAndView page = new ModelAndView("space/problem");
        page.addObject("status", status);
        page.addObject("signedIn", SignedIn.isSignedIn());
        return page;
    }
}
