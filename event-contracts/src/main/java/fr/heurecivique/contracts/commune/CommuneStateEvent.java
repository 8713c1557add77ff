package fr.heurecivique.contracts.commune;

/**
 * A commune event: it carries the commune's current standing, so that consumers that only need to know which
 * communes are partners (figures, authorisation) handle every commune event alike.
 */
public interface CommuneStateEvent {

    CommuneState commune();
}
