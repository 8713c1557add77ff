package fr.heurecivique.web.api;

/** The gateway could not be reached or did not answer in time. */
public class ApiUnavailableException extends RuntimeException {

    public ApiUnavailableException(Throwable cause) {
        super("The API could not be reached", cause);
    }
}
