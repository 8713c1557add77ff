package fr.heurecivique.volunteer.roster;

import fr.heurecivique.contracts.vocabulary.KindOfHelp;
import fr.heurecivique.defaults.web.FieldProblem;
import fr.heurecivique.defaults.web.InvalidFieldsException;
import fr.heurecivique.volunteer.volunteers.Mode;
import fr.heurecivique.volunteer.volunteers.VolunteerStatus;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which volunteers of a commune a roster lists: by default those on the roster (registered, active, paused); the
 * filters narrow it by status, mode and kind of help.
 *
 * @param communeInsee the commune
 * @param statuses     the statuses listed
 * @param mode         only volunteers whose perimeter has this mode, if set
 * @param kind         only volunteers whose perimeter has this kind of help, if set
 */
record RosterFilter(String communeInsee, Set<VolunteerStatus> statuses, Mode mode, KindOfHelp kind) {

    static final Set<VolunteerStatus> ON_ROSTER = EnumSet.of(VolunteerStatus.REGISTERED, VolunteerStatus.ACTIVE,
            VolunteerStatus.PAUSED);
    private static final Set<VolunteerStatus> LISTABLE = EnumSet.of(VolunteerStatus.REGISTERED,
            VolunteerStatus.ACTIVE, VolunteerStatus.PAUSED, VolunteerStatus.WITHDRAWN);

    /** Reads the query parameters; each bad one is named. */
    static RosterFilter of(String communeInsee, List<String> statuses, String mode, String kind) {
        List<FieldProblem> problems = new ArrayList<>();
        Set<VolunteerStatus> wanted = EnumSet.noneOf(VolunteerStatus.class);
        for (String status : statuses == null ? List.<String>of() : statuses) {
            for (String code : status.split(",")) {
                VolunteerStatus parsed = parse(VolunteerStatus.class, code.strip());
                if (parsed == null || !LISTABLE.contains(parsed)) {
                    problems.add(new FieldProblem("status", "doit être l’une des valeurs : " + LISTABLE.stream()
                            .map(Enum::name).collect(Collectors.joining(", "))));
                } else {
                    wanted.add(parsed);
                }
            }
        }
        Mode parsedMode = mode == null ? null : parse(Mode.class, mode.strip());
        if (mode != null && parsedMode == null) {
            problems.add(new FieldProblem("mode", "doit être l’une des valeurs : " + names(Mode.class)));
        }
        KindOfHelp parsedKind = kind == null ? null : parse(KindOfHelp.class, kind.strip());
        if (kind != null && parsedKind == null) {
            problems.add(new FieldProblem("kind", "doit être l’une des valeurs : " + names(KindOfHelp.class)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        return new RosterFilter(communeInsee.strip(), wanted.isEmpty() ? ON_ROSTER : wanted, parsedMode, parsedKind);
    }

    Query query() {
        Criteria criteria = Criteria.where("communeInsee").is(communeInsee).and("status").in(statuses);
        if (mode != null) {
            criteria = criteria.and("perimeter.modes").is(mode);
        }
        if (kind != null) {
            criteria = criteria.and("perimeter.kindsOfHelp").is(kind);
        }
        return Query.query(criteria).with(Sort.by("lastName", "firstName", "_id"));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String code) {
        return Arrays.stream(type.getEnumConstants()).filter(value -> value.name().equals(code)).findFirst()
                .orElse(null);
    }

    private static String names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
