package fr.heurecivique.commune;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A change that lost a race with another change of the same record (optimistic locking), after the retries where
 * there are some: a {@code 409} that says to try again, rather than an internal error.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConcurrentChangeAdvice {

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> concurrentChange(OptimisticLockingFailureException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "Cette fiche a été modifiée en même temps par quelqu’un d’autre : rechargez-la et réessayez.");
        problem.setTitle("Conflit avec l’état actuel");
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }
}
