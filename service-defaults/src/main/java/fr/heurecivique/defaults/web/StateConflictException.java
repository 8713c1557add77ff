package fr.heurecivique.defaults.web;

/**
 * A request that conflicts with the current state (an illegal transition, a duplicate): answered {@code 409}
 * with a problem detail whose text is this exception's (French) message.
 */
public class StateConflictException extends RuntimeException {

    public StateConflictException(String frenchMessage) {
        super(frenchMessage);
    }
}
