package fr.heurecivique.contracts.need;

/** A referent changed a need that is still open ({@code fr.heurecivique.need.updated.v1}). */
public record NeedUpdated(NeedState need) implements NeedStateEvent {
}
