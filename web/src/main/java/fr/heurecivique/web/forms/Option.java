package fr.heurecivique.web.forms;

/** A choice of a select or radio group: the value sent, the French label shown. */
public record Option(String value, String label) {
}
