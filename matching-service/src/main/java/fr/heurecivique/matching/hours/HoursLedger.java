package fr.heurecivique.matching.hours;

import fr.heurecivique.defaults.web.ResourceNotFoundException;
import fr.heurecivique.matching.domain.activity.Months;
import fr.heurecivique.matching.domain.index.VolunteerIndex;
import fr.heurecivique.matching.domain.matches.Match;
import fr.heurecivique.matching.domain.matches.MatchStatus;
import fr.heurecivique.matching.domain.matches.NeedMatches;
import fr.heurecivique.matching.domain.volunteers.Volunteer;
import fr.heurecivique.matching.matches.NeedMatchesStore;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The hours given: completed matches add their actual minutes to the volunteer's month (the month of the completion,
 * Europe/Paris). Per volunteer for themselves; per commune, kind of help, partner organisation and for the
 * département as figures without personal data. Computed from the stored matches (the matches are the ledger:
 * nothing to keep in step); an erased volunteer's minutes stay in the figures, anonymised.
 */
@Service
class HoursLedger {

    private final NeedMatchesStore store;
    private final MongoTemplate mongo;
    private final VolunteerIndex volunteers;
    private final Clock clock;

    /** The département the platform runs for, as the figures name it. */
    static final String DEPARTEMENT_CODE = fr.heurecivique.referencedata.CharenteMaritimeCommunes.DEPARTEMENT_CODE;
    static final String DEPARTEMENT_NAME = "Charente-Maritime";

    private final fr.heurecivique.matching.MatchingProperties properties;

    HoursLedger(NeedMatchesStore store, MongoTemplate mongo, VolunteerIndex volunteers, Clock clock,
            fr.heurecivique.matching.MatchingProperties properties) {
        this.properties = properties;
        this.store = store;
        this.mongo = mongo;
        this.volunteers = volunteers;
        this.clock = clock;
    }

    VolunteerHours ofVolunteer(String volunteerId) {
        Volunteer volunteer = volunteers.get(volunteerId);
        List<NeedMatches> boards = store.ofVolunteer(volunteerId);
        if (volunteer == null && boards.isEmpty()) {
            throw new ResourceNotFoundException("Aucun bénévole connu n’a cet identifiant.");
        }
        Instant now = clock.instant();
        String thisMonth = Months.label(Months.keyOf(now));
        String thisYear = thisMonth.substring(0, 4);
        Map<String, int[]> months = new TreeMap<>(Comparator.reverseOrder());
        boards.forEach(board -> board.matches().stream()
                .filter(match -> volunteerId.equals(match.volunteerId()) && match.status() == MatchStatus.COMPLETED)
                .forEach(match -> {
                    int[] month = months.computeIfAbsent(match.completedMonth(), key -> new int[2]);
                    month[0] += match.actualMinutes();
                    month[1]++;
                }));
        List<VolunteerHours.Month> list = new ArrayList<>();
        int total = 0;
        int year = 0;
        for (var entry : months.entrySet()) {
            list.add(new VolunteerHours.Month(entry.getKey(), entry.getValue()[0], entry.getValue()[1]));
            total += entry.getValue()[0];
            year += entry.getKey().startsWith(thisYear) ? entry.getValue()[0] : 0;
        }
        int month = months.containsKey(thisMonth) ? months.get(thisMonth)[0] : 0;
        Integer pledge = volunteer == null || volunteer.pledgeHours() == 0 ? null : volunteer.pledgeHours();
        return new VolunteerHours(volunteerId, thisMonth, month, year, total, pledge,
                pledge == null ? null : month >= pledge * 60, list);
    }

    HoursFigures figures() {
        Instant now = clock.instant();
        String thisMonth = Months.label(Months.keyOf(now));
        int thisYear = Integer.parseInt(thisMonth.substring(0, 4));
        Query completedThisYear = Query.query(Criteria.where("matches").elemMatch(Criteria.where("status")
                .is(MatchStatus.COMPLETED.name()).and("completedYear").is(thisYear)));
        HoursFigures.Tally departement = new HoursFigures.Tally(DEPARTEMENT_CODE, DEPARTEMENT_NAME);
        Map<String, HoursFigures.Tally> communes = new TreeMap<>();
        Map<String, HoursFigures.Tally> kinds = new TreeMap<>();
        Map<String, HoursFigures.Tally> partners = new TreeMap<>();
        for (NeedMatches board : mongo.find(completedThisYear, NeedMatches.class, "need_matches")) {
            var need = board.need();
            for (Match match : board.matches()) {
                if (match.status() != MatchStatus.COMPLETED || match.completedYear() == null
                        || match.completedYear() != thisYear) {
                    continue;
                }
                boolean month = thisMonth.equals(match.completedMonth());
                int minutes = match.actualMinutes();
                departement.add(minutes, month);
                tally(communes, need.communeInsee(), code -> new HoursFigures.Tally(code,
                        need.communeName() != null ? need.communeName()
                                : fr.heurecivique.referencedata.CharenteMaritimeCommunes.get().find(code)
                                        .map(fr.heurecivique.referencedata.Commune::name).orElse(null)))
                        .add(minutes, month);
                tally(kinds, need.kind(), code -> new HoursFigures.Tally(code,
                        capitalised(fr.heurecivique.matching.domain.catalogue.Catalogue.kindLabel(code)))).add(minutes, month);
                if (match.volunteerPartnerCode() != null) {
                    tally(partners, match.volunteerPartnerCode(), code -> new HoursFigures.Tally(code,
                            properties.partnerName(code)))
                            .add(minutes, month);
                }
            }
        }
        int[] counts = volunteers.counts();
        return new HoursFigures(thisMonth, thisYear, counts[0], counts[1], departement,
                List.copyOf(communes.values()), List.copyOf(kinds.values()), List.copyOf(partners.values()));
    }

    /** The last {@code count} months' minutes (this month included), for the département, per commune and partner. */
    MonthlyFigures monthly(int count) {
        java.time.YearMonth last = Months.monthOf(Months.keyOf(clock.instant()));
        java.time.YearMonth first = last.minusMonths(count - 1L);
        List<String> months = new ArrayList<>();
        for (java.time.YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            months.add(month.toString());
        }
        Map<String, Integer> index = new java.util.HashMap<>();
        for (int i = 0; i < months.size(); i++) {
            index.put(months.get(i), i);
        }
        Query completedSince = Query.query(Criteria.where("matches").elemMatch(Criteria.where("status")
                .is(MatchStatus.COMPLETED.name()).and("completedYear").gte(first.getYear())));
        int[] departement = new int[count];
        Map<String, int[]> communes = new TreeMap<>();
        Map<String, String> communeNames = new java.util.HashMap<>();
        Map<String, int[]> partners = new TreeMap<>();
        for (NeedMatches board : mongo.find(completedSince, NeedMatches.class, "need_matches")) {
            var need = board.need();
            for (Match match : board.matches()) {
                Integer at = match.status() == MatchStatus.COMPLETED ? index.get(match.completedMonth()) : null;
                if (at == null) {
                    continue;
                }
                int minutes = match.actualMinutes();
                departement[at] += minutes;
                String commune = need.communeInsee() == null ? "?" : need.communeInsee();
                communes.computeIfAbsent(commune, code -> new int[count])[at] += minutes;
                if (need.communeName() != null) {
                    communeNames.putIfAbsent(commune, need.communeName());
                }
                if (match.volunteerPartnerCode() != null) {
                    partners.computeIfAbsent(match.volunteerPartnerCode(), code -> new int[count])[at] += minutes;
                }
            }
        }
        List<MonthlyFigures.Series> communeSeries = communes.entrySet().stream().map(entry -> series(entry.getKey(),
                communeNames.getOrDefault(entry.getKey(), fr.heurecivique.referencedata.CharenteMaritimeCommunes.get()
                        .find(entry.getKey()).map(fr.heurecivique.referencedata.Commune::name).orElse(null)),
                entry.getValue())).toList();
        List<MonthlyFigures.Series> partnerSeries = partners.entrySet().stream()
                .map(entry -> series(entry.getKey(), properties.partnerName(entry.getKey()), entry.getValue())).toList();
        return new MonthlyFigures(List.copyOf(months), series(DEPARTEMENT_CODE, DEPARTEMENT_NAME, departement),
                communeSeries, partnerSeries);
    }

    private static MonthlyFigures.Series series(String code, String name, int[] minutes) {
        return new MonthlyFigures.Series(code, name, java.util.Arrays.stream(minutes).boxed().toList(),
                java.util.Arrays.stream(minutes).sum());
    }

    private static String capitalised(String label) {
        return label == null || label.isEmpty() ? label
                : label.substring(0, 1).toUpperCase(java.util.Locale.FRANCE) + label.substring(1);
    }

    private static HoursFigures.Tally tally(Map<String, HoursFigures.Tally> tallies, String code,
            Function<String, HoursFigures.Tally> create) {
        return tallies.computeIfAbsent(code == null ? "?" : code, create);
    }
}
