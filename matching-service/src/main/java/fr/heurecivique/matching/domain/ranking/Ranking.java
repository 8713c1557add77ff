package fr.heurecivique.matching.domain.ranking;

import fr.heurecivique.matching.domain.activity.ActivityBook;
import fr.heurecivique.matching.domain.activity.VolunteerActivity;
import fr.heurecivique.matching.domain.catalogue.Catalogue;
import fr.heurecivique.matching.domain.geo.GreatCircle;
import fr.heurecivique.matching.domain.index.VolunteerIndex;
import fr.heurecivique.matching.domain.volunteers.Volunteer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The matching engine: the hard rules, then the score, for one need.
 *
 * <p>Hard rules, in the order they are checked (cheapest first): the volunteer is active, with a perimeter and a
 * location; accepts the need's mode (an association's need wants {@code ORGANISED}, a resident's
 * {@code INDIVIDUAL}); offers its kind of help; is available when it is wanted ({@link NeedTime}); is within their
 * own maximum distance of it (great-circle, from their commune centre); was not already proposed, nor declined or
 * engaged, on it; and has not used up their monthly pledge (minutes given or committed this month, Europe/Paris).
 *
 * <p>Then the score ({@link RankingWeights}): nearer, fewer hours this month, longer wait since the last
 * solicitation, better completion rate. Ties go to the nearer, then to the smaller id, so that the order is stable.
 *
 * <p>{@link #rank} reads only the candidates the {@link VolunteerIndex} finds; {@link #rankByScanning} applies the
 * same rules to every volunteer — the brute force the benchmark compares with, and the tests' oracle.
 */
public final class Ranking {

    private final VolunteerIndex index;
    private final ActivityBook activity;
    private final RankingWeights weights;

    public Ranking(VolunteerIndex index, ActivityBook activity, RankingWeights weights) {
        this.index = index;
        this.activity = activity;
        this.weights = weights;
    }

    /** The best {@code limit} candidates for the need, through the spatial index. */
    public Ranked rank(NeedQuery need, int limit) {
        Selection selection = new Selection(need, limit);
        index.candidates(need.kind(), need.mode(), need.latitude(), need.longitude(), need.time(), selection);
        return selection.result();
    }

    /** The same, by scanning every known volunteer. */
    public Ranked rankByScanning(NeedQuery need, int limit) {
        Selection selection = new Selection(need, limit);
        index.forEach(selection);
        return selection.result();
    }

    /**
     * The first hard rule the volunteer fails for the need, if any — for a referent who proposes them directly.
     *
     * @param checkPledge whether the monthly pledge counts (a referent may ask a volunteer for more than their pledge:
     *                    it is theirs to decline)
     */
    public Optional<HardRule> failedRule(Volunteer volunteer, NeedQuery need, boolean checkPledge) {
        if (!Volunteer.ACTIVE.equals(volunteer.status()) || volunteer.maxDistanceKm() <= 0) {
            return Optional.of(HardRule.NOT_ACTIVE);
        }
        if (!volunteer.located()) {
            return Optional.of(HardRule.NOT_LOCATED);
        }
        int mode = Catalogue.modeIndex(need.mode());
        if (mode < 0 || (volunteer.modes() & (1 << mode)) == 0) {
            return Optional.of(HardRule.MODE);
        }
        int kind = Catalogue.kindIndex(need.kind());
        if (kind < 0 || (volunteer.kinds() & (1 << kind)) == 0) {
            return Optional.of(HardRule.KIND);
        }
        if (!need.time().fits(volunteer.slots())) {
            return Optional.of(HardRule.AVAILABILITY);
        }
        if (distanceKm(volunteer, need) > volunteer.maxDistanceKm()) {
            return Optional.of(HardRule.DISTANCE);
        }
        if (need.excluded().contains(volunteer.id())) {
            return Optional.of(HardRule.ALREADY_INVOLVED);
        }
        if (checkPledge && activity.of(volunteer.id()).minutesIn(need.month()) >= volunteer.pledgeMinutes()) {
            return Optional.of(HardRule.PLEDGE_USED);
        }
        return Optional.empty();
    }

    public static double distanceKm(Volunteer volunteer, NeedQuery need) {
        return GreatCircle.distanceKm(need.latitude(), need.longitude(), volunteer.latitude(), volunteer.longitude());
    }

    /**
     * The ranked candidates.
     *
     * @param suggestions the best ones, best first
     * @param examined    how many volunteers the rules were applied to
     * @param eligible    how many passed every hard rule
     * @param stoppedBy   of those examined, how many each rule stopped (the first they failed), to say why a list is
     *                    empty
     */
    public record Ranked(List<Suggestion> suggestions, int examined, int eligible, Map<HardRule, Integer> stoppedBy) {

        public Ranked {
            stoppedBy = Map.copyOf(stoppedBy);
        }

        public int stoppedBy(HardRule rule) {
            return stoppedBy.getOrDefault(rule, 0);
        }
    }

    /** Two points this close are one: the volunteer and the need both placed at the same commune centre. */
    public static final double SAME_POINT_KM = 0.05;

    /**
     * Whether a distance means nothing: the volunteer lives in the need's commune and both are placed at its centre
     * (there is no geocoder; a volunteer is always placed at their commune's centre). Shown as "dans sa commune",
     * never as "à 0,0 km".
     */
    public static boolean sameCommuneCentre(Volunteer volunteer, String needCommune, double distanceKm) {
        return volunteer.communeInsee() != null && volunteer.communeInsee().equals(needCommune)
                && distanceKm < SAME_POINT_KM;
    }

    /** Applies the rules to each volunteer visited and keeps the best {@code limit}. */
    private final class Selection implements Consumer<Volunteer> {

        private final NeedQuery need;
        private final int modeBit;
        private final int kindBit;
        private final int month;
        private final long nowSeconds;
        private final double totalWeight = weights.total();
        private final int limit;
        private final double[] scores;
        private final double[] distances;
        private final Volunteer[] volunteers;
        private int size;
        private int examined;
        private int eligible;
        private final java.util.EnumMap<HardRule, Integer> stopped = new java.util.EnumMap<>(HardRule.class);

        private void stop(HardRule rule) {
            stopped.merge(rule, 1, Integer::sum);
        }

        Selection(NeedQuery need, int limit) {
            this.need = need;
            int mode = Catalogue.modeIndex(need.mode());
            int kind = Catalogue.kindIndex(need.kind());
            this.modeBit = mode < 0 ? 0 : 1 << mode;
            this.kindBit = kind < 0 ? 0 : 1 << kind;
            this.month = need.month();
            this.nowSeconds = need.now().getEpochSecond();
            this.limit = Math.max(0, limit);
            this.scores = new double[this.limit];
            this.distances = new double[this.limit];
            this.volunteers = new Volunteer[this.limit];
        }

        @Override
        public void accept(Volunteer volunteer) {
            examined++;
            if ((volunteer.modes() & modeBit) == 0 || (volunteer.kinds() & kindBit) == 0) {
                stop(HardRule.KIND);
                return;
            }
            if (!volunteer.suggestible()) {
                stop(HardRule.NOT_ACTIVE);
                return;
            }
            if (!need.time().fits(volunteer.slots())) {
                stop(HardRule.AVAILABILITY);
                return;
            }
            double distance = distanceKm(volunteer, need);
            if (distance > volunteer.maxDistanceKm()) {
                stop(HardRule.DISTANCE);
                return;
            }
            if (need.excluded().contains(volunteer.id())) {
                stop(HardRule.ALREADY_INVOLVED);
                return;
            }
            VolunteerActivity history = activity.of(volunteer.id());
            int used = history.minutesIn(month);
            int pledge = volunteer.pledgeMinutes();
            if (used >= pledge) {
                stop(HardRule.PLEDGE_USED);
                return;
            }
            eligible++;
            double score = score(volunteer, distance, used, pledge, history);
            offer(score, distance, volunteer);
        }

        private double score(Volunteer volunteer, double distance, int used, int pledge, VolunteerActivity history) {
            double proximity = 1.0 / (1.0 + distance / 5.0);
            double lightLoad = 1.0 - Math.min(1.0, (double) used / pledge);
            long since = lastAction(volunteer, history);
            double waiting = since == Long.MIN_VALUE ? 1.0
                    : Math.max(0.0, Math.min(1.0, (nowSeconds - since) / 86_400.0 / 60.0));
            double value = weights.proximity() * proximity + weights.lightLoad() * lightLoad
                    + weights.waiting() * waiting + weights.reliability() * history.reliability();
            // Rounded, so that equal volunteers tie exactly whatever the order of floating-point operations.
            return Math.round(value / totalWeight * 100_000.0) / 1_000.0;
        }

        private void offer(double score, double distance, Volunteer volunteer) {
            if (limit == 0) {
                return;
            }
            if (size == limit && !better(score, distance, volunteer, size - 1)) {
                return;
            }
            int position = size == limit ? size - 1 : size++;
            while (position > 0 && better(score, distance, volunteer, position - 1)) {
                scores[position] = scores[position - 1];
                distances[position] = distances[position - 1];
                volunteers[position] = volunteers[position - 1];
                position--;
            }
            scores[position] = score;
            distances[position] = distance;
            volunteers[position] = volunteer;
        }

        private boolean better(double score, double distance, Volunteer volunteer, int than) {
            if (score != scores[than]) {
                return score > scores[than];
            }
            if (distance != distances[than]) {
                return distance < distances[than];
            }
            return volunteer.id().compareTo(volunteers[than].id()) < 0;
        }

        Ranked result() {
            List<Suggestion> suggestions = new ArrayList<>(size);
            int nearest = -1;
            int fewest = -1;
            int longestWait = -1;
            int[] minutes = new int[size];
            long[] lastActions = new long[size];
            VolunteerActivity[] histories = new VolunteerActivity[size];
            for (int i = 0; i < size; i++) {
                histories[i] = activity.of(volunteers[i].id());
                minutes[i] = histories[i].minutesIn(month);
                lastActions[i] = lastAction(volunteers[i], histories[i]);
                nearest = pick(nearest, i, distances, true);
                if (fewest < 0 || minutes[i] < minutes[fewest]) {
                    fewest = i;
                }
                if (longestWait < 0 || lastActions[i] < lastActions[longestWait]) {
                    longestWait = i;
                }
            }
            for (int i = 0; i < size; i++) {
                Volunteer volunteer = volunteers[i];
                List<Suggestion.Explanation> reasons = new ArrayList<>();
                if (i == nearest && strictlyBelowSomeone(distances, i)) {
                    reasons.add(new Suggestion.Explanation(Reason.NEAREST, "Le plus proche des bénévoles suggérés"));
                }
                if (i == fewest && strictlyBelowSomeone(minutes, i)) {
                    reasons.add(new Suggestion.Explanation(Reason.FEWEST_HOURS,
                            "Le moins d’heures ce mois-ci parmi les bénévoles suggérés"));
                }
                if (i == longestWait && strictlyBelowSomeone(lastActions, i)) {
                    reasons.add(new Suggestion.Explanation(Reason.WAITED_LONGEST,
                            "Attend depuis le plus longtemps d’être sollicité"));
                }
                reasons.add(new Suggestion.Explanation(Reason.WITHIN_PERIMETER,
                        (sameCommuneCentre(volunteer, need.communeInsee(), distances[i]) ? "Dans sa commune"
                                : "À " + FrenchText.kilometres(distances[i])) + ", dans son périmètre de "
                                + volunteer.maxDistanceKm() + " km"));
                if (volunteer.communeInsee() != null && volunteer.communeInsee().equals(need.communeInsee())) {
                    reasons.add(new Suggestion.Explanation(Reason.SAME_COMMUNE, "Habite la commune du besoin"));
                }
                if (minutes[i] == 0) {
                    reasons.add(new Suggestion.Explanation(Reason.NO_HOURS_THIS_MONTH,
                            "N’a encore donné aucune heure ce mois-ci"));
                }
                reasons.add(new Suggestion.Explanation(Reason.PLEDGE_LEFT, FrenchText.duration(minutes[i])
                        + " données ou promises ce mois-ci sur " + FrenchText.duration(volunteer.pledgeMinutes())
                        + " d’engagement"));
                VolunteerActivity history = histories[i];
                if (!history.hasHistory() && history.matches() == 0) {
                    reasons.add(new Suggestion.Explanation(Reason.NEW_VOLUNTEER,
                            "Pas encore de mise en relation : une première occasion"));
                } else if (history.completed() > 0) {
                    reasons.add(new Suggestion.Explanation(Reason.RELIABLE, "A mené à bien " + history.completed()
                            + " mission" + (history.completed() > 1 ? "s" : "") + " sur "
                            + (history.completed() + history.failed())));
                }
                reasons.add(new Suggestion.Explanation(Reason.KIND_ACCEPTED, "Propose ce type d’aide : "
                        + Catalogue.kindLabel(need.kind())));
                reasons.add(new Suggestion.Explanation(Reason.MODE_FITS, "ORGANISED".equals(need.mode())
                        ? "Accepte d’aider avec les associations" : "Accepte d’aider ses voisins"));
                int slots = need.time().fittingSlots(volunteer.slots());
                reasons.add(new Suggestion.Explanation(Reason.AVAILABLE, slots == 0
                        ? "Disponible (le besoin ne précise pas d’horaire)"
                        : "Disponible à ce moment-là : " + Catalogue.slotsLabel(slots)));
                Instant last = lastActions[i] == Long.MIN_VALUE ? null : Instant.ofEpochSecond(lastActions[i]);
                suggestions.add(new Suggestion(i + 1, volunteer, distances[i], scores[i], minutes[i], last,
                        history.completed(), history.failed(), List.copyOf(reasons)));
            }
            return new Ranked(List.copyOf(suggestions), examined, eligible, stopped);
        }

        private long lastAction(Volunteer volunteer, VolunteerActivity history) {
            Instant last = history.lastActionAt();
            Instant since = volunteer.activeSince();
            if (last == null || since != null && since.isAfter(last)) {
                last = since;
            }
            return last == null ? Long.MIN_VALUE : last.getEpochSecond();
        }

        private int pick(int best, int candidate, double[] values, boolean lowest) {
            return best < 0 || (lowest ? values[candidate] < values[best] : values[candidate] > values[best])
                    ? candidate : best;
        }

        private boolean strictlyBelowSomeone(double[] values, int i) {
            for (int j = 0; j < size; j++) {
                if (values[j] > values[i]) {
                    return true;
                }
            }
            return false;
        }

        private boolean strictlyBelowSomeone(int[] values, int i) {
            for (int j = 0; j < size; j++) {
                if (values[j] > values[i]) {
                    return true;
                }
            }
            return false;
        }

        private boolean strictlyBelowSomeone(long[] values, int i) {
            for (int j = 0; j < size; j++) {
                if (values[j] > values[i]) {
                    return true;
                }
            }
            return false;
        }
    }
}
