package fr.heurecivique.contracts.vocabulary;

import java.util.Arrays;
import java.util.Optional;

/**
 * Why a volunteer declines a proposal: the codes of {@code POST /api/matches/{id}/decline} and of
 * {@code MatchDeclined}, with the French words the forms show, in their order.
 */
public enum DeclineReason {
    NOT_AVAILABLE("Pas disponible à ce moment-là"),
    TOO_FAR("Trop loin"),
    NOT_SUITABLE("Cette aide ne me convient pas"),
    PERSONAL("Raison personnelle"),
    OTHER("Autre raison");

    private final String label;

    DeclineReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<DeclineReason> of(String code) {
        return Arrays.stream(values()).filter(reason -> reason.name().equals(code)).findFirst();
    }
}
