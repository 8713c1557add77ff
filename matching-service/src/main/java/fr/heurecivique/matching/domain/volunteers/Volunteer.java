package fr.heurecivique.matching.domain.volunteers;

import fr.heurecivique.contracts.volunteer.VolunteerPerimeter;
import fr.heurecivique.contracts.volunteer.VolunteerState;
import fr.heurecivique.matching.domain.catalogue.Catalogue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A volunteer as the matching engine knows them, from the latest state {@code volunteer.events} carried: what the
 * hard rules and the score need, packed small (a million of them fit in memory), and what a referent's list shows
 * (first name and initial, commune). Never their email, phone or address. Immutable: a newer state replaces it.
 *
 * @param id            the volunteer's id
 * @param version       the aggregate version of the state it was made from
 * @param status        {@code ACTIVE}, {@code REGISTERED}, {@code PAUSED}, {@code WITHDRAWN}…
 * @param displayName   "Claire M."
 * @param communeInsee  their commune
 * @param partnerCode   the partner organisation they came through, or {@code null}
 * @param latitude      the centre of their commune ({@code NaN} when the event did not carry it)
 * @param longitude     the centre of their commune ({@code NaN} likewise)
 * @param modes         bits of {@link Catalogue#MODES}
 * @param kinds         bits of {@link Catalogue#KINDS}
 * @param slots         weekly availability, bits {@code day * 3 + period}
 * @param maxDistanceKm how far they go; 0 without a perimeter
 * @param pledgeHours   the hours a month they pledged; 0 without a perimeter
 * @param activeSince   when they became active (the interview), else when they registered: the start of their wait
 */
public record Volunteer(String id, long version, String status, String displayName, String communeInsee,
        String partnerCode, double latitude, double longitude, int modes, int kinds, int slots, int maxDistanceKm,
        int pledgeHours, Instant activeSince) {

    public static final String ACTIVE = "ACTIVE";

    /** The volunteer in a state event; {@code null} fields of older events are tolerated. */
    public static Volunteer of(VolunteerState state) {
        VolunteerPerimeter perimeter = state.perimeter();
        String lastName = state.lastName() == null ? "" : state.lastName().strip();
        String firstName = state.firstName() == null ? "" : state.firstName().strip();
        String displayName = lastName.isEmpty() ? firstName : firstName + " " + lastName.substring(0, 1) + ".";
        Instant activeSince = state.onboarding() != null && state.onboarding().interviewedAt() != null
                ? state.onboarding().interviewedAt() : state.registeredAt();
        int modes = 0;
        int kinds = 0;
        int slots = 0;
        int distance = 0;
        int pledge = 0;
        if (perimeter != null) {
            modes = Catalogue.modeBits(perimeter.modes());
            kinds = Catalogue.kindBits(perimeter.kindsOfHelp());
            List<String[]> pairs = new ArrayList<>();
            if (perimeter.availability() != null) {
                perimeter.availability().forEach(slot -> pairs.add(new String[] { slot.day(), slot.period() }));
            }
            slots = Catalogue.slotBits(pairs);
            distance = Math.max(0, perimeter.maxDistanceKm());
            pledge = Math.max(0, perimeter.monthlyPledgeHours());
        }
        return new Volunteer(state.volunteerId(), state.version(), state.status(), displayName,
                intern(state.communeInsee()), intern(state.partnerCode()),
                state.latitude() == null ? Double.NaN : state.latitude(),
                state.longitude() == null ? Double.NaN : state.longitude(), modes, kinds, slots, distance, pledge,
                activeSince);
    }

    /**
     * Whether the engine may ever suggest them: active, with a perimeter and a location. Paused, withdrawn and
     * not-yet-interviewed volunteers are kept (a referent's list names them) but never suggested.
     */
    public boolean suggestible() {
        return ACTIVE.equals(status) && maxDistanceKm > 0 && modes != 0 && kinds != 0 && located();
    }

    public boolean located() {
        return !Double.isNaN(latitude) && !Double.isNaN(longitude);
    }

    public int pledgeMinutes() {
        return pledgeHours * 60;
    }

    private static String intern(String code) {
        // Commune and partner codes repeat across a million volunteers: one copy each.
        return code == null ? null : code.intern();
    }
}
