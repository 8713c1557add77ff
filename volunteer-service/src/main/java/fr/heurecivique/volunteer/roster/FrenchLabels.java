package fr.heurecivique.volunteer.roster;

import fr.heurecivique.volunteer.volunteers.DayPeriod;
import fr.heurecivique.volunteer.volunteers.KindOfHelp;
import fr.heurecivique.volunteer.volunteers.Mode;
import fr.heurecivique.volunteer.volunteers.OnboardingStep;
import fr.heurecivique.volunteer.volunteers.VolunteerStatus;
import fr.heurecivique.volunteer.volunteers.WeeklySlot;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Locale;

/** The French labels of the codes, for what town-hall staff read in a spreadsheet. */
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
        return switch (mode) {
            case ORGANISED -> "Organisé (associations)";
            case INDIVIDUAL -> "Individuel (voisinage)";
        };
    }

    static String of(KindOfHelp kind) {
        return switch (kind) {
            case VISITS -> "Compagnie et visites";
            case SHOPPING -> "Courses";
            case LIFTS -> "Transport";
            case DIGITAL -> "Aide numérique";
            case PAPERWORK -> "Démarches administratives";
            case DIY -> "Petit bricolage";
            case GARDENING -> "Jardinage";
            case EVENTS -> "Aide aux événements";
            case ANIMALS -> "Soin des animaux";
            case OTHER -> "Autre";
        };
    }

    static String of(WeeklySlot slot) {
        return slot.day().getDisplayName(TextStyle.FULL, Locale.FRANCE) + " " + of(slot.period());
    }

    static String of(DayPeriod period) {
        return switch (period) {
            case MORNING -> "matin";
            case AFTERNOON -> "après-midi";
            case EVENING -> "soir";
        };
    }

    static String of(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.FRANCE);
    }
}
