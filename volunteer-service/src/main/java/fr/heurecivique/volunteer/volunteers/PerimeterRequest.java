package fr.heurecivique.volunteer.volunteers;

import fr.heurecivique.contracts.vocabulary.DayPeriod;
import fr.heurecivique.contracts.vocabulary.KindOfHelp;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.DayOfWeek;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A perimeter of action as the interview form (and later the volunteer's profile) sends it.
 *
 * @param modes              {@code ORGANISED} and/or {@code INDIVIDUAL}
 * @param maxDistanceKm      1 to 100 km
 * @param kindsOfHelp        codes of the catalogue of kinds of help
 * @param availability       days and parts of the day
 * @param monthlyPledgeHours 1 to 60 hours; 1 if absent
 */
public record PerimeterRequest(
        @NotEmpty @Size(max = 2) List<@NotNull @CodeOf(Mode.class) String> modes,
        @NotNull
        @Min(value = 1, message = "doit être d’au moins 1 km")
        @Max(value = Perimeter.MAX_DISTANCE_KM, message = "doit être d’au plus " + Perimeter.MAX_DISTANCE_KM + " km")
        Integer maxDistanceKm,
        @NotEmpty @Size(max = 10) List<@NotNull @CodeOf(KindOfHelp.class) String> kindsOfHelp,
        @NotEmpty @Size(max = 21) List<@NotNull @Valid SlotRequest> availability,
        @Min(value = 1, message = "doit être d’au moins 1 heure par mois")
        @Max(value = Perimeter.MAX_MONTHLY_PLEDGE_HOURS, message = "doit être d’au plus "
                + Perimeter.MAX_MONTHLY_PLEDGE_HOURS + " heures par mois")
        Integer monthlyPledgeHours) {

    /**
     * @param day    {@code MONDAY} … {@code SUNDAY}
     * @param period {@code MORNING}, {@code AFTERNOON}, {@code EVENING}
     */
    public record SlotRequest(@NotNull @CodeOf(DayOfWeek.class) String day,
            @NotNull @CodeOf(DayPeriod.class) String period) {
    }

    /** The perimeter of a validated request. */
    public Perimeter toPerimeter() {
        return new Perimeter(modes.stream().map(Mode::valueOf).collect(Collectors.toSet()), maxDistanceKm,
                kindsOfHelp.stream().map(KindOfHelp::valueOf).collect(Collectors.toSet()),
                availability.stream().map(slot -> new WeeklySlot(DayOfWeek.valueOf(slot.day()),
                        DayPeriod.valueOf(slot.period()))).collect(Collectors.toSet()),
                monthlyPledgeHours == null ? Perimeter.DEFAULT_MONTHLY_PLEDGE_HOURS : monthlyPledgeHours);
    }
}
