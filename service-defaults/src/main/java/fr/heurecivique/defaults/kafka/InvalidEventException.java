package fr.heurecivique.defaults.kafka;

/**
 * A record that can never be handled (missing CloudEvents headers, data that does not match its contract). Not
 * retried: it goes straight to the dead-letter topic and the partition keeps flowing.
 */
public class InvalidEventException extends RuntimeException {

    public InvalidEventException(String message) {
        super(message);
    }

    public InvalidEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
