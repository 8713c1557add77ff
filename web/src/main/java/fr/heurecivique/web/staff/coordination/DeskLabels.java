package fr.heurecivique.web.staff.coordination;

import fr.heurecivique.web.forms.Option;
import org.springframework.stereotype.Component;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The desk's words in French: partnership steps, statuses, onboarding steps, kinds of help, dates. */
@Component("deskLabels")
public class DeskLabels {

    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter
            .ofPattern("EEEE d MMMM yyyy 'à' H'h'mm", Locale.FRANCE).withZone(DeskForms.PARIS);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMMM yyyy, H'h'mm", Locale.FRANCE)
            .withZone(DeskForms.PARIS);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRANCE);

    public static final List<Option> PARTNERSHIP_STEPS = List.of(
            new Option("REQUESTED", "Demandes reçues"), new Option("CONTACTED", "Communes appelées"),
            new Option("PARTNER", "Communes partenaires"), new Option("SUSPENDED", "Partenariats suspendus"));

    private static final Map<String, String> PARTNERSHIP_STATUS = Map.of("NONE", "non partenaire",
            "REQUESTED", "demande reçue", "CONTACTED", "commune appelée", "PARTNER", "partenaire",
            "SUSPENDED", "partenariat suspendu");

    public static final List<Option> STATUSES = List.of(new Option("", "Toutes les situations"),
            new Option("REGISTERED", "Inscription en cours"), new Option("ACTIVE", "Actif ou active"),
            new Option("PAUSED", "En pause"), new Option("WITHDRAWN", "A quitté le dispositif"));

    public static final List<Option> STEPS = List.of(new Option("", "Toutes les étapes"),
            new Option("SIGNED_UP", "Inscrit, sans visio réservée"), new Option("SESSION_BOOKED", "Visio réservée"),
            new Option("SESSION_ATTENDED", "Visio suivie, entretien à prévoir"),
            new Option("INTERVIEW_SCHEDULED", "Entretien prévu"), new Option("COMPLETED", "Entretien fait"));

    public static final List<Option> PARTNERS = List.of(new Option("", "Tous, avec ou sans partenaire"),
            new Option("MUTUALIA", "Mutualia"), new Option("GENERATION_MOUVEMENT", "Génération Mouvement"));

    public static final List<Option> MODES = List.of(
            new Option("ORGANISED", "Avec les associations (leurs besoins, leurs événements)"),
            new Option("INDIVIDUAL", "Auprès d’habitants, dans le voisinage"));

    public static final List<Option> KINDS = List.of(new Option("VISITS", "Compagnie et visites"),
            new Option("SHOPPING", "Courses"), new Option("LIFTS", "Transport"),
            new Option("DIGITAL", "Aide numérique"), new Option("PAPERWORK", "Démarches administratives"),
            new Option("DIY", "Petit bricolage"), new Option("GARDENING", "Jardinage"),
            new Option("EVENTS", "Aide aux événements"), new Option("ANIMALS", "Soin des animaux"),
            new Option("OTHER", "Autre"));

    public static final List<Option> PERIODS = List.of(new Option("MORNING", "matin"),
            new Option("AFTERNOON", "après-midi"), new Option("EVENING", "soir"));

    public static final List<DayOfWeek> DAYS = List.of(DayOfWeek.values());

    public String partnershipStatus(String code) {
        return PARTNERSHIP_STATUS.getOrDefault(code, code);
    }

    public String status(String code) {
        return label(STATUSES, code);
    }

    public String step(String code) {
        return label(STEPS, code);
    }

    public String partner(String code) {
        return code == null ? "aucun" : label(PARTNERS, code);
    }

    public String kind(String code) {
        return label(KINDS, code);
    }

    public String mode(String code) {
        return label(MODES, code);
    }

    public String day(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.FRANCE);
    }

    public String slot(String day, String period) {
        String dayName;
        try {
            dayName = day(DayOfWeek.valueOf(day));
        } catch (IllegalArgumentException | NullPointerException e) {
            dayName = String.valueOf(day);
        }
        return dayName + " " + label(PERIODS, period);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DAY_AND_TIME.format(instant);
    }

    public String shortDateTime(Instant instant) {
        return instant == null ? "" : SHORT.format(instant);
    }

    public String date(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    private static String label(List<Option> options, String code) {
        return options.stream().filter(option -> option.value().equals(code)).map(Option::label).findFirst()
                .orElse(code == null ? "" : code);
    }
}
