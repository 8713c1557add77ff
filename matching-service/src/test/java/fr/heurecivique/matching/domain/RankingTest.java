package fr.heurecivique.matching.domain;

import fr.heurecivique.matching.domain.activity.ActivityBook;
import fr.heurecivique.matching.domain.activity.Footprint;
import fr.heurecivique.matching.domain.index.VolunteerIndex;
import fr.heurecivique.matching.domain.ranking.HardRule;
import fr.heurecivique.matching.domain.ranking.NeedQuery;
import fr.heurecivique.matching.domain.ranking.NeedTime;
import fr.heurecivique.matching.domain.ranking.Ranking;
import fr.heurecivique.matching.domain.ranking.RankingWeights;
import fr.heurecivique.matching.domain.ranking.Reason;
import fr.heurecivique.matching.domain.ranking.Suggestion;
import fr.heurecivique.matching.domain.volunteers.Volunteer;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The hard rules, the score and the reasons, and the index finding exactly what a full scan finds. */
class RankingTest {

    private static final double LAT = 46.16;
    private static final double LON = -1.15;
    private static final Instant NOW = Instant.parse("2026-09-15T10:00:00Z");
    private static final int ALL_SLOTS = (1 << 21) - 1;
    private static final int INDIVIDUAL = 2;
    private static final int ORGANISED = 1;
    private static final int SHOPPING = 2;

    private final VolunteerIndex index = new VolunteerIndex();
    private final ActivityBook activity = new ActivityBook();
    private final Ranking ranking = new Ranking(index, activity, RankingWeights.DEFAULT);

    @Test
    void keepsOnlyThoseWhoPassEveryHardRule() {
        Volunteer near = add("near", 2, INDIVIDUAL, SHOPPING, ALL_SLOTS, 10, 1, "ACTIVE");
        add("tooFar", 30, INDIVIDUAL, SHOPPING, ALL_SLOTS, 10, 1, "ACTIVE");
        add("organisedOnly", 1, ORGANISED, SHOPPING, ALL_SLOTS, 10, 1, "ACTIVE");
        add("otherKind", 1, INDIVIDUAL, 1, ALL_SLOTS, 10, 1, "ACTIVE");
        add("paused", 1, INDIVIDUAL, SHOPPING, ALL_SLOTS, 10, 1, "PAUSED");
        add("mornings", 1, INDIVIDUAL, SHOPPING, morningsOnly(), 10, 1, "ACTIVE");
        add("proposed", 1, INDIVIDUAL, SHOPPING, ALL_SLOTS, 10, 1, "ACTIVE");
        Volunteer used = add("used", 1, INDIVIDUAL, SHOPPING, ALL_SLOTS, 10, 1, "ACTIVE");
        activity.apply(used.id(), completed("m1", 60));

        NeedQuery need = need("INDIVIDUAL", Set.of("proposed"));
        List<Suggestion> ranked = ranking.rank(need, 10).suggestions();

        assertThat(ranked).extracting(s -> s.volunteer().id()).containsExactly("near");
        assertThat(ranking.failedRule(index.get("tooFar"), need, true)).contains(HardRule.DISTANCE);
        assertThat(ranking.failedRule(index.get("organisedOnly"), need, true)).contains(HardRule.MODE);
        assertThat(ranking.failedRule(index.get("otherKind"), need, true)).contains(HardRule.KIND);
        assertThat(ranking.failedRule(index.get("paused"), need, true)).contains(HardRule.NOT_ACTIVE);
        assertThat(ranking.failedRule(index.get("mornings"), need, true)).contains(HardRule.AVAILABILITY);
        assertThat(ranking.failedRule(index.get("proposed"), need, true)).contains(HardRule.ALREADY_INVOLVED);
        assertThat(ranking.failedRule(used, need, true)).contains(HardRule.PLEDGE_USED);
        assertThat(ranking.failedRule(used, need, false)).isEmpty();
        assertThat(ranking.failedRule(near, need, true)).isEmpty();
    }

    @Test
    void theNearerWithFewerHoursRanksFirstAndTheReasonsSaySo() {
        add("busyFar", 6, INDIVIDUAL, SHOPPING, ALL_SLOTS, 15, 2, "ACTIVE");
        add("freeNear", 2, INDIVIDUAL, SHOPPING, ALL_SLOTS, 15, 2, "ACTIVE");
        activity.apply("busyFar", completed("m1", 30));

        List<Suggestion> ranked = ranking.rank(need("INDIVIDUAL", Set.of()), 10).suggestions();

        assertThat(ranked).extracting(s -> s.volunteer().id()).containsExactly("freeNear", "busyFar");
        Suggestion first = ranked.get(0);
        assertThat(first.distanceKm()).isCloseTo(2.0, org.assertj.core.data.Offset.offset(0.05));
        assertThat(first.reasons()).extracting(Suggestion.Explanation::code).contains(Reason.NEAREST,
                Reason.FEWEST_HOURS, Reason.NO_HOURS_THIS_MONTH, Reason.WITHIN_PERIMETER);
        assertThat(ranked.get(1).reasons()).extracting(Suggestion.Explanation::code)
                .doesNotContain(Reason.NEAREST, Reason.FEWEST_HOURS);
        assertThat(ranked.get(1).minutesThisMonth()).isEqualTo(30);
        assertThat(first.score()).isGreaterThan(ranked.get(1).score());
    }

    @Test
    void aLongerWaitAndABetterRecordBreakEqualDistances() {
        add("waited", 3, INDIVIDUAL, SHOPPING, ALL_SLOTS, 15, 4, "ACTIVE");
        add("recent", 3.01, INDIVIDUAL, SHOPPING, ALL_SLOTS, 15, 4, "ACTIVE");
        activity.apply("recent", new Footprint("m2", 1, java.util.Map.of(), NOW.minusSeconds(3600), false, false));

        List<Suggestion> ranked = ranking.rank(need("INDIVIDUAL", Set.of()), 10).suggestions();

        assertThat(ranked).extracting(s -> s.volunteer().id()).containsExactly("waited", "recent");
        assertThat(ranked.get(0).reasons()).extracting(Suggestion.Explanation::code).contains(Reason.WAITED_LONGEST);
    }

    @Test
    void theIndexFindsExactlyWhatAFullScanFinds() {
        Random random = new Random(17);
        for (int i = 0; i < 5_000; i++) {
            double km = random.nextDouble() * 120;
            double bearing = random.nextDouble() * 2 * Math.PI;
            int[] perimeters = { 2, 5, 10, 15, 20, 30, 50, 75, 100 };
            index.upsert(new Volunteer("v" + i, 1, "ACTIVE", "V.", "17300", null,
                    LAT + km * Math.cos(bearing) / 111.195,
                    LON + km * Math.sin(bearing) / (111.195 * Math.cos(Math.toRadians(LAT))),
                    1 + random.nextInt(3), 1 + random.nextInt(1023), random.nextInt(1 << 21),
                    perimeters[random.nextInt(perimeters.length)], 1 + random.nextInt(3), NOW.minusSeconds(i)));
        }
        for (String mode : List.of("INDIVIDUAL", "ORGANISED")) {
            NeedQuery need = need(mode, Set.of());
            Ranking.Ranked fast = ranking.rank(need, 50);
            Ranking.Ranked scan = ranking.rankByScanning(need, 50);
            assertThat(fast.eligible()).isEqualTo(scan.eligible()).isPositive();
            assertThat(fast.suggestions()).extracting(s -> s.volunteer().id())
                    .containsExactlyElementsOf(scan.suggestions().stream().map(s -> s.volunteer().id()).toList());
            assertThat(fast.examined()).isLessThan(scan.examined());
        }
    }

    @Test
    void anOlderStateNeverReplacesANewerOneAndAnErasedVolunteerStaysGone() {
        add("v", 1, INDIVIDUAL, SHOPPING, ALL_SLOTS, 10, 1, "ACTIVE", 5);
        assertThat(index.upsert(volunteer("v", 1, INDIVIDUAL, SHOPPING, ALL_SLOTS, 10, 1, "PAUSED", 3))).isFalse();
        assertThat(index.get("v").status()).isEqualTo("ACTIVE");

        index.erase("v");
        assertThat(index.upsert(volunteer("v", 1, INDIVIDUAL, SHOPPING, ALL_SLOTS, 10, 1, "ACTIVE", 9))).isFalse();
        assertThat(index.get("v")).isNull();
        assertThat(ranking.rank(need("INDIVIDUAL", Set.of()), 10).suggestions()).isEmpty();
    }

    @Test
    void aVolunteerAtTheNeedsOwnCommuneCentreIsInTheCommuneNotAtZeroKilometresAndEmptyListsSayWhatStoppedThem() {
        add("here", 0, INDIVIDUAL, SHOPPING, ALL_SLOTS, 10, 1, "ACTIVE");
        add("there", 3, INDIVIDUAL, SHOPPING, ALL_SLOTS, 10, 1, "ACTIVE");
        List<Suggestion> ranked = ranking.rank(need("INDIVIDUAL", Set.of()), 10).suggestions();
        assertThat(label(ranked, "here")).isEqualTo("Dans sa commune, dans son périmètre de 10 km");
        assertThat(label(ranked, "there")).isEqualTo("À 3,0 km, dans son périmètre de 10 km");

        Ranking.Ranked none = ranking.rank(need("INDIVIDUAL", Set.of("here", "there")), 10);
        assertThat(none.suggestions()).isEmpty();
        assertThat(none.stoppedBy(HardRule.ALREADY_INVOLVED)).isEqualTo(2);
    }

    private static String label(List<Suggestion> ranked, String id) {
        return ranked.stream().filter(s -> s.volunteer().id().equals(id)).findFirst().orElseThrow().reasons().stream()
                .filter(r -> r.code() == Reason.WITHIN_PERIMETER).findFirst().orElseThrow().label();
    }

    private NeedQuery need(String mode, Set<String> excluded) {
        return new NeedQuery("n1", "17300", "SHOPPING", mode, LAT, LON,
                NeedTime.of(1 << DayOfWeek.THURSDAY.ordinal(), LocalTime.of(14, 0), LocalTime.of(16, 0), 60),
                excluded, NOW);
    }

    private static int morningsOnly() {
        int bits = 0;
        for (DayOfWeek day : DayOfWeek.values()) {
            bits |= 1 << (day.ordinal() * 3);
        }
        return bits;
    }

    private static Footprint completed(String matchId, int minutes) {
        return new Footprint(matchId, 3, java.util.Map.of(202609, minutes), NOW.minusSeconds(86_400), true, false);
    }

    private Volunteer add(String id, double kmEast, int modes, int kinds, int slots, int maxKm, int pledge,
            String status) {
        return add(id, kmEast, modes, kinds, slots, maxKm, pledge, status, 1);
    }

    private Volunteer add(String id, double kmEast, int modes, int kinds, int slots, int maxKm, int pledge,
            String status, long version) {
        Volunteer volunteer = volunteer(id, kmEast, modes, kinds, slots, maxKm, pledge, status, version);
        index.upsert(volunteer);
        return volunteer;
    }

    private static Volunteer volunteer(String id, double kmEast, int modes, int kinds, int slots, int maxKm,
            int pledge, String status, long version) {
        return new Volunteer(id, version, status, "Claire M.", "17300", null, LAT,
                LON + kmEast / (111.195 * Math.cos(Math.toRadians(LAT))), modes, kinds, slots, maxKm, pledge,
                Instant.parse("2026-01-01T00:00:00Z"));
    }
}
