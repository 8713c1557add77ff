package fr.heurecivique.identity.passwords;

/** A set-password link that cannot be used; the page says why, in French. */
public class InvalidLinkException extends RuntimeException {

    /** Why the link does not work. */
    public enum Reason {
        /** Not a link this service made (or mangled by a mail client). */
        INVALID,
        /** Past its validity. */
        EXPIRED,
        /** Already used once. */
        USED
    }

    private final Reason reason;

    public InvalidLinkException(Reason reason) {
        super("Password link " + reason.name().toLowerCase());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
