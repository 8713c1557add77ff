package fr.heurecivique.volunteer.volunteers;

import fr.heurecivique.contracts.vocabulary.KindOfHelp;
import fr.heurecivique.contracts.volunteer.VolunteerPerimeter;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The perimeter of action agreed at the phone interview.
 *
 * @param modes              organised and/or individual help (at least one)
 * @param maxDistanceKm      how far from the centre of their commune the volunteer goes
 * @param kindsOfHelp        the kinds of help they offer (at least one)
 * @param availability       when in the week they are available (at least one slot)
 * @param monthlyPledgeHours the hours a month they pledge
 */
public record Perimeter(Set<Mode> modes, int maxDistanceKm, Set<KindOfHelp> kindsOfHelp, Set<WeeklySlot> availability,
        int monthlyPledgeHours) {

    public static final int MAX_DISTANCE_KM = 100;
    public static final int MAX_MONTHLY_PLEDGE_HOURS = 60;
    public static final int DEFAULT_MONTHLY_PLEDGE_HOURS = 1;
    private static final Comparator<WeeklySlot> WEEK_ORDER = Comparator.comparing(WeeklySlot::day)
            .thenComparing(WeeklySlot::period);

    public Perimeter {
        if (modes == null || modes.isEmpty()) {
            throw new IllegalArgumentException("A perimeter needs at least one mode");
        }
        if (kindsOfHelp == null || kindsOfHelp.isEmpty()) {
            throw new IllegalArgumentException("A perimeter needs at least one kind of help");
        }
        if (availability == null || availability.isEmpty()) {
            throw new IllegalArgumentException("A perimeter needs at least one available slot");
        }
        if (maxDistanceKm < 1 || maxDistanceKm > MAX_DISTANCE_KM) {
            throw new IllegalArgumentException("Distance out of range: " + maxDistanceKm);
        }
        if (monthlyPledgeHours < 1 || monthlyPledgeHours > MAX_MONTHLY_PLEDGE_HOURS) {
            throw new IllegalArgumentException("Monthly pledge out of range: " + monthlyPledgeHours);
        }
        // Sorted, so that two equal perimeters are stored, compared and shown alike.
        modes = Set.copyOf(new TreeSet<>(modes));
        kindsOfHelp = Set.copyOf(new TreeSet<>(kindsOfHelp));
        availability = Set.copyOf(availability);
    }

    public List<Mode> sortedModes() {
        return modes.stream().sorted().toList();
    }

    public List<KindOfHelp> sortedKindsOfHelp() {
        return kindsOfHelp.stream().sorted().toList();
    }

    public List<WeeklySlot> sortedAvailability() {
        return availability.stream().sorted(WEEK_ORDER).toList();
    }

    VolunteerPerimeter toContract() {
        return new VolunteerPerimeter(sortedModes().stream().map(Enum::name).toList(), maxDistanceKm,
                sortedKindsOfHelp().stream().map(Enum::name).toList(),
                sortedAvailability().stream().map(slot -> new VolunteerPerimeter.WeeklySlot(slot.day().name(),
                        slot.period().name())).toList(),
                monthlyPledgeHours);
    }
}
