package fr.heurecivique.volunteer.roster;

import fr.heurecivique.contracts.vocabulary.DayPeriod;
import fr.heurecivique.contracts.vocabulary.HelpMode;
import fr.heurecivique.contracts.vocabulary.KindOfHelp;
import fr.heurecivique.volunteer.volunteers.Mode;
import fr.heurecivique.volunteer.volunteers.OnboardingStep;
import fr.heurecivique.volunteer.volunteers.VolunteerStatus;
import fr.heurecivique.volunteer.volunteers.WeeklySlot;

import java.time.DayOfWeek;

/**
 * The French labels of the codes, for what town-hall staff read in a spreadsheet: the shared vocabularies
 * (event-contracts, {@code contracts.vocabulary}) and the volunteer’s own statuses and steps.
 */
final class FrenchLabels {

    private FrenchLabels() {
    }

    static String of(VolunteerStatus status) {
        return switch (status) {
            case REGISTERED -> "En cours d’inscription";
            case ACTIVE -> "Actif";
            case PAUSED -> "En pause";
            case WITHDRAWN -> "Retiré";
            case ERASED -> "";
        };
    }

    static String of(OnboardingStep step) {
        return switch (step) {
            case SIGNED_UP -> "Inscrit";
            case SESSION_BOOKED -> "Séance de présentation réservée";
            case SESSION_ATTENDED -> "Séance de présentation suivie";
            case INTERVIEW_SCHEDULED -> "Entretien prévu";
            case COMPLETED -> "Entretien fait";
        };
    }

    static String of(Mode mode) {
        return HelpMode.valueOf(mode.name()).label();
    }

    static String of(KindOfHelp kind) {
        return kind.label();
    }

    static String of(WeeklySlot slot) {
        return DayPeriod.dayLabel(slot.day()) + " " + of(slot.period());
    }

    static String of(DayPeriod period) {
        return period.label();
    }

    static String of(DayOfWeek day) {
        return DayPeriod.dayLabel(day);
    }
}
