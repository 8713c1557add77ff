package fr.heurecivique.web.staff.coordination;

import fr.heurecivique.web.api.ApiProblem;
import fr.heurecivique.web.api.FieldProblem;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.ui.Model;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the desk's and the administrator's forms share: errors on the page, dates and times typed the French way. */
public final class DeskForms {

    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private DeskForms() {
    }

    /** The error summary and each field's message (theme/forms.html). */
    public static void withErrors(Model model, List<FieldProblem> errors) {
        model.addAttribute("errors", errors);
        Map<String, String> byField = new LinkedHashMap<>();
        errors.forEach(error -> byField.putIfAbsent(error.field(), error.message()));
        model.addAttribute("fieldErrors", byField);
    }

    /** The service's French words for a refusal, or {@code fallback}. */
    public static String detail(ApiProblem problem, String fallback) {
        if (problem.detail() != null && !problem.detail().isBlank()) {
            return problem.detail();
        }
        return problem.title() != null && !problem.title().isBlank() ? problem.title() : fallback;
    }

    public static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** A date from a date field ({@code 2026-12-15}, or typed {@code 15/12/2026} where the browser has no picker). */
    public static Optional<LocalDate> date(String value) {
        if (blank(value)) {
            return Optional.empty();
        }
        String text = value.strip();
        try {
            if (text.matches("\\d{1,2}/\\d{1,2}/\\d{4}")) {
                String[] parts = text.split("/");
                return Optional.of(LocalDate.of(Integer.parseInt(parts[2]), Integer.parseInt(parts[1]),
                        Integer.parseInt(parts[0])));
            }
            return Optional.of(LocalDate.parse(text));
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A time from a time field ({@code 18:30}, or typed {@code 18h30}). */
    public static Optional<LocalTime> time(String value) {
        if (blank(value)) {
            return Optional.empty();
        }
        String text = value.strip().toLowerCase(java.util.Locale.ROOT).replace('h', ':');
        if (text.endsWith(":")) {
            text = text + "00";
        }
        try {
            return Optional.of(LocalTime.parse(text.length() == 4 ? "0" + text : text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The signed-in person's name (the ID token's {@code name}), to prefill "recorded by". */
    public static String signedInName() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof OidcUser user
                && user.getFullName() != null) {
            return user.getFullName();
        }
        return "";
    }
}
