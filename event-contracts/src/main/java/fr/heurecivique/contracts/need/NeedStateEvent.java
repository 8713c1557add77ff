package fr.heurecivique.contracts.need;

/**
 * A need event that carries the need's whole current state. Consumers that keep a view of needs handle all of them
 * alike: store the state if it is newer than what they hold.
 */
public interface NeedStateEvent {

    NeedState need();
}
