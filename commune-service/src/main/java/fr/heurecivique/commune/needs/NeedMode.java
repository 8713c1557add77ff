package fr.heurecivique.commune.needs;

/** Who a need is for, which implies how volunteers help. */
public enum NeedMode {
    /** Neighbourhood help for a resident beneficiary. */
    INDIVIDUAL,
    /** Help through a local association. */
    ORGANISED
}
