package fr.heurecivique.localstack;

/** The local stack cannot start; the message is one sentence that says why and what to do. */
public class LaunchException extends RuntimeException {

    public LaunchException(String message) {
        super(message);
    }

    public LaunchException(String message, Throwable cause) {
        super(message, cause);
    }
}
