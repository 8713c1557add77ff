package fr.heurecivique.web.staff;

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
 * The API's refusals on the staff area's pages ({@code fr.heurecivique.web.staff} and its sections) as French pages,
 * never a stack trace: 403 "Accès refusé" (another commune's page, even by an id edited in the address), 404, 401
 * signs the person in again, anything else "service indisponible". A section may have an advice of its own: this one
 * comes after it.
 */
@ControllerAdvice(basePackages = "fr.heurecivique.web.staff")
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class StaffErrors {

    @ExceptionHandler(ClientAuthorizationRequiredException.class)
    void signInAgain(ClientAuthorizationRequiredException exception) {
        throw exception;
    }

    @ExceptionHandler(ApiProblem.class)
    ModelAndView problem(ApiProblem problem, HttpServletRequest request, HttpServletResponse response) {
        return ApiErrorPages.problem(problem, request, response, StaffErrors::page, "the staff area");
    }

    @ExceptionHandler(ApiUnavailableException.class)
    ModelAndView unavailable(ApiUnavailableException exception, HttpServletResponse response) {
        return ApiErrorPages.unavailable(exception, response, StaffErrors::page, "the staff area");
    }

    private static ModelAndView page(int status) {
        ModelAndView page = new ModelAndView("staff/problem");
        page.addObject("status", status);
        page.addObject("signedIn", SignedIn.isSignedIn());
        page.addObject("staffArea", StaffModelAdvice.isStaff());
        return page;
    }
}
