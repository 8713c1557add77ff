package fr.heurecivique.commune.needs;

/** How soon the commune needs an answer. */
public enum Urgency {
    NORMAL,
    URGENT
}
