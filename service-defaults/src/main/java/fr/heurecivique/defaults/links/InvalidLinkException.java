package fr.heurecivique.defaults.links;

/**
 * A link that cannot be acted on. Answered 410 Gone with a French problem detail (or a French page, for links that
 * open in a browser) saying whether it expired, was already used, or is not a link of ours.
 */
public class InvalidLinkException extends RuntimeException {

    /** Why a link cannot be used. */
    public enum Reason {
        INVALID("Ce lien n’est pas valide. Vérifiez qu’il a été copié en entier."),
        EXPIRED("Ce lien a expiré. Vous pouvez en demander un nouveau."),
        USED("Ce lien a déjà été utilisé : il ne sert qu’une fois.");

        private final String frenchMessage;

        Reason(String frenchMessage) {
            this.frenchMessage = frenchMessage;
        }

        public String frenchMessage() {
            return frenchMessage;
        }
    }

    private final Reason reason;

    public InvalidLinkException(Reason reason) {
        super(reason.frenchMessage());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
