package fr.heurecivique.web.staff.coordination;

import fr.heurecivique.web.api.ApiErrorPages;
import fr.heurecivique.web.api.ApiProblem;
import fr.heurecivique.web.api.ApiUnavailableException;
import fr.heurecivique.web.signin.SignedIn;
import fr.heurecivique.web.staff.admin.AdminMarker;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
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
        return ApiErrorPages.problem(problem, request, response, DeskErrors::page, "a staff page");
    }

    @ExceptionHandler(ApiUnavailableException.class)
    ModelAndView unavailable(ApiUnavailableException exception, HttpServletResponse response) {
        return ApiErrorPages.unavailable(exception, response, DeskErrors::page, "a staff page");
    }

    private static ModelAndView page(int status) {
        ModelAndView page = new ModelAndView("staff/coordination/problem");
        page.addObject("status", status);
        page.addObject("signedIn", SignedIn.isSignedIn());
        return page;
    }
}
