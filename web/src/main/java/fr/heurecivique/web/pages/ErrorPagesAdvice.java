package fr.heurecivique.web.pages;

import fr.heurecivique.web.api.ApiProblem;
import fr.heurecivique.web.api.ApiUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import java.util.Map;

/**
 * Errors are French pages with the layout (templates/error.html), rendered here rather than by the container's error
 * dispatch so that they carry the menu, the footer and the security headers like every page.
 */
@ControllerAdvice
class ErrorPagesAdvice {

    private static final Logger log = LoggerFactory.getLogger(ErrorPagesAdvice.class);

    @ExceptionHandler(NoResourceFoundException.class)
    ModelAndView notFound() {
        return page(HttpStatus.NOT_FOUND);
    }

    @ExceptionHandler(ResponseStatusException.class)
    ModelAndView status(ResponseStatusException e) {
        HttpStatus status = HttpStatus.resolve(e.getStatusCode().value());
        return page(status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status);
    }

    /** The API failed where a page could not do without it (a form keeps its data and says so itself). */
    @ExceptionHandler({ ApiProblem.class, ApiUnavailableException.class })
    ModelAndView apiUnavailable(RuntimeException e) {
        log.warn("A page could not be rendered: {}", e.getMessage());
        return page(HttpStatus.SERVICE_UNAVAILABLE);
    }

    private static ModelAndView page(HttpStatus status) {
        return new ModelAndView("error", Map.of("status", status.value()), status);
    }
}
