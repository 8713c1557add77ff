package fr.heurecivique.web.staff.referent;

import fr.heurecivique.web.communes.KindsOfHelp;
import fr.heurecivique.web.forms.Option;
import org.springframework.stereotype.Component;

import java.time.DayOfWeek;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The codes of the referent's pages in French, and the choices of their forms. */
@Component("referentLabels")
public class ReferentLabels {

    static final List<String> KIND_CODES = List.of("VISITS", "SHOPPING", "LIFTS", "DIGITAL", "PAPERWORK", "DIY",
            "GARDENING", "EVENTS", "ANIMALS", "OTHER");
    static final List<Option> KINDS = KIND_CODES.stream().map(code -> new Option(code, KindsOfHelp.label(code)))
            .toList();

    static final List<Option> NEED_STATUSES = List.of(new Option("OPEN", "Ouverts"),
            new Option("IN_PROGRESS", "En cours"), new Option("DONE", "Réalisés"),
            new Option("CANCELLED", "Annulés"), new Option("EXPIRED", "Expirés"));
    private static final Map<String, String> NEED_STATUS = Map.of("OPEN", "Ouvert", "IN_PROGRESS", "En cours",
            "DONE", "Réalisé", "CANCELLED", "Annulé", "EXPIRED", "Expiré");

    static final List<Option> CANCELLATION_REASONS = List.of(
            new Option("NO_LONGER_NEEDED", "Le besoin n’existe plus"),
            new Option("HELP_FOUND_ELSEWHERE", "Quelqu’un d’autre aide (famille, professionnel)"),
            new Option("BENEFICIARY_UNAVAILABLE", "La personne aidée n’est pas disponible"),
            new Option("EVENT_CANCELLED", "L’événement de l’association est annulé"),
            new Option("RECORDED_BY_MISTAKE", "Enregistré en double ou par erreur"),
            new Option("OTHER", "Autre raison (précisez-la)"));

    static final List<Option> PREFERRED_CONTACTS = List.of(new Option("PHONE_CALL", "Un appel téléphonique"),
            new Option("SMS", "Un SMS (numéro de portable)"),
            new Option("THROUGH_REFERENT", "Par l’intermédiaire du référent ou de la référente"));

    static final List<Option> DAYS = java.util.Arrays.stream(DayOfWeek.values())
            .map(day -> new Option(day.name(), day.getDisplayName(TextStyle.FULL, Locale.FRANCE))).toList();

    static final List<Option> VOLUNTEER_STATUSES = List.of(new Option("", "Tous les statuts"),
            new Option("REGISTERED", "Inscription en cours"), new Option("ACTIVE", "Actifs"),
            new Option("PAUSED", "En pause"), new Option("WITHDRAWN", "Partis"));
    static final List<Option> MODES = List.of(new Option("", "Toutes les façons d’aider"),
            new Option("INDIVIDUAL", "Auprès d’habitants"), new Option("ORGANISED", "Avec les associations"));

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRANCE);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H' h 'mm", Locale.FRANCE);

    public String needStatus(String code) {
        return NEED_STATUS.getOrDefault(code, code);
    }

    public String kind(String code) {
        return KindsOfHelp.label(code);
    }

    public String preferredContact(String code) {
        return PREFERRED_CONTACTS.stream().filter(o -> o.value().equals(code)).map(Option::label).findFirst()
                .orElse(code);
    }

    public String cancellationReason(String code) {
        return CANCELLATION_REASONS.stream().filter(o -> o.value().equals(code)).map(Option::label).findFirst()
                .orElse(code);
    }

    public String date(java.time.LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** "le mardi 15 décembre 2026, de 14 h 00 à 16 h 00" or "chaque jeudi, du … au …, de … à …". */
    public String schedule(ReferentApi.Schedule when) {
        if (when == null) {
            return "";
        }
        String window = "de " + TIME.format(when.startTime()) + " à " + TIME.format(when.endTime());
        if ("WEEKLY".equals(when.type())) {
            String days = when.daysOfWeek() == null ? "" : when.daysOfWeek().stream()
                    .map(day -> DayOfWeek.valueOf(day).getDisplayName(TextStyle.FULL, Locale.FRANCE))
                    .collect(Collectors.joining(", "));
            return "chaque " + days + ", du " + date(when.startDate()) + " au " + date(when.endDate()) + ", "
                    + window;
        }
        return "le " + date(when.date()) + ", " + window;
    }

    public String distance(ReferentApi.Suggestion suggestion) {
        if (suggestion.distanceKm() == null) {
            return suggestion.sameCommune() ? "dans sa commune" : "distance inconnue";
        }
        return "à " + String.format(Locale.FRANCE, "%.1f", suggestion.distanceKm()) + " km";
    }
}
