package fr.heurecivique.matching.domain.ranking;

/** A hard rule a volunteer may fail for a need, with what a referent is told when proposing them anyway. */
public enum HardRule {

    NOT_ACTIVE("Ce bénévole n’est pas actif (inscription en cours, en pause ou retiré) : il ne peut pas être proposé."),
    NOT_LOCATED("La commune de ce bénévole n’est pas encore localisée : il ne peut pas être proposé."),
    MODE("Ce bénévole n’accepte pas ce mode d’aide (entre voisins ou avec les associations)."),
    KIND("Ce bénévole ne propose pas ce type d’aide."),
    AVAILABILITY("Ce bénévole n’est pas disponible au moment de ce besoin."),
    DISTANCE("Ce besoin est hors du périmètre d’action de ce bénévole."),
    ALREADY_INVOLVED("Ce bénévole a déjà été proposé pour ce besoin (ou l’a décliné)."),
    PLEDGE_USED("Ce bénévole a déjà donné ou promis ses heures de ce mois-ci.");

    private final String message;

    HardRule(String message) {
        this.message = message;
    }

    /** In French, for a 409. */
    public String message() {
        return message;
    }
}
