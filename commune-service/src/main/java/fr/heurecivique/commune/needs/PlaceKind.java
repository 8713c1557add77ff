package fr.heurecivique.commune.needs;

/** Where a need's help takes place. */
public enum PlaceKind {
    /** An address given for the need (a hall, a meeting point…). */
    ADDRESS,
    /** At the beneficiary's home: their address stays in their record. */
    BENEFICIARY_HOME,
    /** The commune in general (its centre). */
    COMMUNE_CENTRE
}
