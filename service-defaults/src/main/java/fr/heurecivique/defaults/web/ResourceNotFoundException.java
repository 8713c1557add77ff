package fr.heurecivique.defaults.web;

/** An unknown id: answered {@code 404} with a problem detail whose text is this exception's (French) message. */
public class ResourceNotFoundException extends RuntimeException {

    public ResourceNotFoundException(String frenchMessage) {
        super(frenchMessage);
    }
}
