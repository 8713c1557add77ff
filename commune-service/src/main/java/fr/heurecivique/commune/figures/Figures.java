package fr.heurecivique.commune.figures;

import fr.heurecivique.commune.associations.Associations;
import fr.heurecivique.commune.communes.Commune;
import fr.heurecivique.commune.communes.Communes;
import fr.heurecivique.commune.communes.PartnershipStatus;
import fr.heurecivique.commune.Departement;
import fr.heurecivique.commune.needs.Need;
import fr.heurecivique.commune.needs.Schedule;
import fr.heurecivique.commune.needs.NeedStatus;
import fr.heurecivique.contracts.vocabulary.KindOfHelp;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.aggregation.AggregationOperation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.TreeMap;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Counts, per commune and for the département: communes by partnership status, referents, associations, needs by
 * status and by kind. Only counts: no name, no contact, no beneficiary.
 */
@Service
class Figures {

    private final MongoTemplate mongo;
    private final Communes communes;
    private final Associations associations;
    private final Clock clock;

    Figures(MongoTemplate mongo, Communes communes, Associations associations, Clock clock) {
        this.mongo = mongo;
        this.communes = communes;
        this.associations = associations;
        this.clock = clock;
    }

    /** The open needs whose next date is today or later, counted per month of that date and per kind of help. */
    NeedsToCome needsToCome(String insee) {
        Commune commune = communes.get(insee);
        LocalDate today = clock.instant().atZone(Departement.ZONE).toLocalDate();
        Map<YearMonth, Map<KindOfHelp, Long>> counts = new TreeMap<>();
        long total = 0;
        for (Need need : mongo.find(Query.query(Criteria.where("communeInsee").is(commune.inseeCode())
                .and("status").is(NeedStatus.OPEN)), Need.class)) {
            Schedule schedule = need.schedule();
            if (schedule == null || need.kind() == null) {
                continue;
            }
            LocalDate next = schedule.type() == Schedule.Type.ONCE ? schedule.date()
                    : schedule.endDate().isBefore(today) ? null
                            : schedule.startDate().isAfter(today) ? schedule.startDate() : today;
            if (next == null || next.isBefore(today)) {
                continue;
            }
            counts.computeIfAbsent(YearMonth.from(next), month -> new EnumMap<>(KindOfHelp.class))
                    .merge(need.kind(), 1L, Long::sum);
            total++;
        }
        List<NeedsToCome.Month> months = counts.entrySet().stream().map(month -> new NeedsToCome.Month(
                month.getKey().toString(), month.getValue().entrySet().stream()
                        .map(kind -> new NeedsToCome.KindCount(kind.getKey(), kind.getValue())).toList()))
                .toList();
        return new NeedsToCome(commune.inseeCode(), total, months);
    }

    DepartementFigures departement() {
        Map<PartnershipStatus, Long> byStatus = counts(PartnershipStatus.class, "communes", "partnershipStatus", null,
                PartnershipStatus::valueOf);
        long referents = mongo.find(Query.query(Criteria.where("referents.0").exists(true)), Commune.class).stream()
                .mapToLong(commune -> commune.referents().size()).sum();
        return new DepartementFigures(byStatus.values().stream().mapToLong(Long::longValue).sum(),
                byStatus.get(PartnershipStatus.PARTNER), byStatus, referents, associations.count(), needs(null));
    }

    CommuneFigures commune(String insee) {
        Commune commune = communes.get(insee);
        return new CommuneFigures(commune.inseeCode(), commune.name(), commune.partnershipStatus(),
                commune.referents().size(), associations.countIn(insee), needs(insee));
    }

    private NeedFigures needs(String insee) {
        Criteria match = insee == null ? null : Criteria.where("communeInsee").is(insee);
        Map<NeedStatus, Long> byStatus = counts(NeedStatus.class, "needs", "status", match, NeedStatus::valueOf);
        Map<KindOfHelp, Long> byKind = counts(KindOfHelp.class, "needs", "kind", match, KindOfHelp::valueOf);
        return new NeedFigures(byStatus.values().stream().mapToLong(Long::longValue).sum(), byStatus, byKind);
    }

    /** How many documents of the collection have each value of {@code field}, every value of the enum present. */
    private <E extends Enum<E>> Map<E, Long> counts(Class<E> type, String collection, String field, Criteria match,
            Function<String, E> parse) {
        Map<E, Long> counts = new EnumMap<>(type);
        for (E value : type.getEnumConstants()) {
            counts.put(value, 0L);
        }
        List<AggregationOperation> stages = new ArrayList<>();
        if (match != null) {
            stages.add(Aggregation.match(match));
        }
        stages.add(Aggregation.group(field).count().as("count"));
        for (Document group : mongo.aggregate(Aggregation.newAggregation(stages), collection, Document.class)) {
            Object value = group.get("_id");
            if (value != null) {
                try {
                    counts.merge(parse.apply(value.toString()), ((Number) group.get("count")).longValue(), Long::sum);
                } catch (IllegalArgumentException unknownValue) {
                    // a value from a newer release: not counted here
                }
            }
        }
        return counts;
    }
}
