package fr.heurecivique.web.space;

import fr.heurecivique.contracts.vocabulary.DayPeriod;
import fr.heurecivique.contracts.vocabulary.DeclineReason;
import fr.heurecivique.contracts.vocabulary.HelpMode;
import fr.heurecivique.contracts.vocabulary.KindOfHelp;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The French words for the API's codes and dates, for the pages ({@code ${@spaceLabels.kind(code)}}): the shared
 * vocabularies' (event-contracts, {@code contracts.vocabulary}) and the web's own. An unknown code (a new one in a
 * service) shows as itself rather than breaking the page.
 */
@Component("spaceLabels")
public class Labels {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter
            .ofPattern("EEEE d MMMM yyyy 'à' H' h 'mm", Locale.FRANCE).withZone(PARIS);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRANCE)
            .withZone(PARIS);

    private static final Map<String, String> STATUSES = Map.of(
            "REGISTERED", "Inscription en cours", "ACTIVE", "Actif ou active", "PAUSED", "En pause",
            "WITHDRAWN", "A quitté le dispositif");

    /** The reasons a volunteer may give for declining, in the order the form shows them. */
    public static final List<Option> DECLINE_REASONS = Arrays.stream(DeclineReason.values())
            .map(reason -> new Option(reason.name(), reason.label())).toList();

    public String mode(String code) {
        return HelpMode.of(code).map(HelpMode::description).orElse(code);
    }

    public String kind(String code) {
        return KindOfHelp.labelOf(code);
    }

    public String status(String code) {
        return STATUSES.getOrDefault(code, code);
    }

    public String slot(SpaceApi.Slot slot) {
        return DayPeriod.slotLabel(slot.day(), slot.period());
    }

    public String declineReason(String code) {
        return DeclineReason.of(code).map(DeclineReason::label).orElse(code);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DAY_AND_TIME.format(instant);
    }

    public String date(Instant instant) {
        return instant == null ? "" : DAY.format(instant);
    }

    /** {@code 90} → "1 h 30", {@code 45} → "45 min", {@code 120} → "2 h". */
    public String duration(int minutes) {
        if (minutes < 60) {
            return minutes + " min";
        }
        int hours = minutes / 60;
        int rest = minutes % 60;
        return hours + " h" + (rest == 0 ? "" : " " + (rest < 10 ? "0" : "") + rest);
    }

    /** {@code 2026-11} → "novembre 2026". */
    public String month(String yearMonth) {
        try {
            YearMonth month = YearMonth.parse(yearMonth);
            return month.getMonth().getDisplayName(TextStyle.FULL, Locale.FRANCE) + " " + month.getYear();
        } catch (RuntimeException unknown) {
            return yearMonth;
        }
    }

    /** {@code null} (the need is at the centre of the volunteer's own commune) → "dans votre commune". */
    public String distance(Double km) {
        if (km == null) {
            return "dans votre commune";
        }
        return km < 1 ? "à moins d’un kilomètre" : String.format(Locale.FRANCE, "à %.0f km", km);
    }

    /** The date of one mission: {@code 2026-12-15} → "mardi 15 décembre 2026". */
    public String day(java.time.LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    /** A choice of a select list. */
    public record Option(String value, String label) {
    }
}
