package fr.heurecivique.contracts.need;

/** A referent recorded a need of the commune ({@code fr.heurecivique.need.posted.v1}). */
public record NeedPosted(NeedState need) implements NeedStateEvent {
}
