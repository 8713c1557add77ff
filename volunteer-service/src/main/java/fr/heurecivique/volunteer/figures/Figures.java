package fr.heurecivique.volunteer.figures;

import fr.heurecivique.volunteer.volunteers.OnboardingStep;
import fr.heurecivique.volunteer.volunteers.VolunteerStatus;
import fr.heurecivique.volunteer.volunteers.VolunteerView;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Counts volunteers by commune, status, onboarding step and partner code, in one aggregation. */
@Service
class Figures {

    private static final Set<VolunteerStatus> COUNTED = EnumSet.of(VolunteerStatus.REGISTERED,
            VolunteerStatus.ACTIVE, VolunteerStatus.PAUSED, VolunteerStatus.WITHDRAWN);

    /** The steps that come after the video session was attended. */
    private static final Set<String> REACHED_ATTENDANCE = Set.of(OnboardingStep.SESSION_ATTENDED.name(),
            OnboardingStep.INTERVIEW_SCHEDULED.name(), OnboardingStep.COMPLETED.name());

    private final MongoTemplate mongo;
    private final Clock clock;

    Figures(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    VolunteerFigures compute() {
        Aggregation groups = Aggregation.newAggregation(
                Aggregation.match(Criteria.where("status").in(COUNTED.stream().map(Enum::name).toList())),
                Aggregation.group("communeInsee", "status", "partnerCode", "onboarding.step").count().as("count"));
        List<Document> rows = mongo.aggregate(groups, "volunteers", Document.class).getMappedResults();

        Map<String, Long> byStatus = zeroes(COUNTED.stream().map(Enum::name).toList());
        Map<String, Long> bySteps = zeroes(EnumSet.allOf(OnboardingStep.class).stream().map(Enum::name)
                .filter(step -> !OnboardingStep.COMPLETED.name().equals(step)).toList());
        Map<String, Map<String, Long>> byCommune = new TreeMap<>();
        Map<String, Map<String, Long>> byPartner = new TreeMap<>();
        long total = 0;
        long attended = 0;
        long interviewed = 0;
        for (Document row : rows) {
            Document key = row.get("_id", Document.class);
            long count = ((Number) row.get("count")).longValue();
            String status = key.getString("status");
            total += count;
            byStatus.merge(status, count, Long::sum);
            String step = key.getString("step");
            if (REACHED_ATTENDANCE.contains(step)) {
                attended += count;
            }
            if (OnboardingStep.COMPLETED.name().equals(step)) {
                interviewed += count;
            }
            if (VolunteerStatus.REGISTERED.name().equals(status) && step != null) {
                bySteps.merge(step, count, Long::sum);
            }
            byCommune.computeIfAbsent(key.getString("communeInsee"),
                    commune -> zeroes(COUNTED.stream().map(Enum::name).toList())).merge(status, count, Long::sum);
            String partner = key.getString("partnerCode");
            if (partner != null) {
                byPartner.computeIfAbsent(partner, code -> zeroes(COUNTED.stream().map(Enum::name).toList()))
                        .merge(status, count, Long::sum);
            }
        }
        List<VolunteerFigures.CommuneFigures> communes = byCommune.entrySet().stream()
                .map(entry -> new VolunteerFigures.CommuneFigures(entry.getKey(),
                        VolunteerView.communeName(entry.getKey()), sum(entry.getValue()), entry.getValue()))
                .sorted(Comparator.comparingLong(VolunteerFigures.CommuneFigures::total).reversed()
                        .thenComparing(VolunteerFigures.CommuneFigures::communeInsee))
                .toList();
        List<VolunteerFigures.PartnerFigures> partners = byPartner.entrySet().stream()
                .map(entry -> new VolunteerFigures.PartnerFigures(entry.getKey(), sum(entry.getValue()),
                        entry.getValue()))
                .sorted(Comparator.comparingLong(VolunteerFigures.PartnerFigures::total).reversed()
                        .thenComparing(VolunteerFigures.PartnerFigures::partnerCode))
                .toList();
        Map<String, Long> funnel = new LinkedHashMap<>();
        funnel.put("SIGNED_UP", total);
        funnel.put("SESSION_ATTENDED", attended);
        funnel.put("INTERVIEWED", interviewed);
        funnel.put("ACTIVE", byStatus.get(VolunteerStatus.ACTIVE.name()));
        return new VolunteerFigures(clock.instant(), total, byStatus, bySteps, funnel, communes, partners);
    }

    private static Map<String, Long> zeroes(List<String> keys) {
        Map<String, Long> counts = new LinkedHashMap<>();
        keys.forEach(key -> counts.put(key, 0L));
        return counts;
    }

    private static long sum(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
