package fr.heurecivique.commune.needs;

import fr.heurecivique.commune.Departement;
import fr.heurecivique.commune.associations.Associations;
import fr.heurecivique.commune.beneficiaries.Beneficiaries;
import fr.heurecivique.commune.beneficiaries.Beneficiary;
import fr.heurecivique.commune.communes.Commune;
import fr.heurecivique.commune.communes.Communes;
import fr.heurecivique.commune.paging.PageView;
import fr.heurecivique.contracts.vocabulary.KindOfHelp;
import fr.heurecivique.defaults.outbox.AggregateStore;
import fr.heurecivique.defaults.security.Caller;
import fr.heurecivique.defaults.security.Role;
import org.springframework.security.access.AccessDeniedException;
import fr.heurecivique.defaults.web.FieldProblem;
import fr.heurecivique.defaults.web.InvalidFieldsException;
import fr.heurecivique.defaults.web.ResourceNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The needs of the communes: posting, changing, cancelling, listing. The rules are {@link Need}'s. */
@Service
public class Needs {

    private static final Logger log = LoggerFactory.getLogger(Needs.class);
    private static final int ATTEMPTS = 5;

    private final NeedRepository repository;
    private final MongoTemplate mongo;
    private final AggregateStore store;
    private final Communes communes;
    private final Beneficiaries beneficiaries;
    private final Associations associations;
    private final Clock clock;

    Needs(NeedRepository repository, MongoTemplate mongo, AggregateStore store, Communes communes,
            Beneficiaries beneficiaries, Associations associations, Clock clock) {
        this.repository = repository;
        this.mongo = mongo;
        this.store = store;
        this.communes = communes;
        this.beneficiaries = beneficiaries;
        this.associations = associations;
        this.clock = clock;
    }

    /**
     * A referent of a partner commune posts a need. In this order: an unknown commune is a 404; a commune that is not
     * a partner a 409; then every bad field is a 400.
     */
    Need post(String insee, PostNeedRequest request) {
        Commune commune = communes.get(insee);
        commune.requirePartner("publier un besoin");
        String referentId = commune.actingReferent(request.referentId().strip(), "referentId").id();
        Instant now = clock.instant();
        List<FieldProblem> problems = new ArrayList<>();
        Beneficiary beneficiary = null;
        Recipient recipient = null;
        boolean forBeneficiary = !isBlank(request.beneficiaryId());
        boolean forAssociation = !isBlank(request.associationId());
        if (forBeneficiary == forAssociation) {
            String message = forBeneficiary ? "un besoin concerne soit un bénéficiaire, soit une association, pas les deux"
                    : "un besoin concerne un bénéficiaire (beneficiaryId) ou une association (associationId)";
            problems.add(new FieldProblem("beneficiaryId", message));
            problems.add(new FieldProblem("associationId", message));
        } else if (forBeneficiary) {
            beneficiary = collect(problems, () -> beneficiaries.forNeed(insee, request.beneficiaryId().strip(),
                    "beneficiaryId"));
            recipient = beneficiary == null ? null : Recipient.of(beneficiary);
        } else {
            recipient = Optional.ofNullable(collect(problems, () -> associations.ofCommune(insee,
                    request.associationId().strip(), "associationId"))).map(Recipient::of).orElse(null);
        }
        Optional<Schedule> schedule = schedule(request.when(), now, problems);
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        PlaceRequest place = request.place();
        NeedDetails details = new NeedDetails(request.title().strip(), KindOfHelp.valueOf(request.kind()),
                request.description().strip(), place == null ? null : blankToNull(place.address()),
                place == null ? null : place.latitude(), place == null ? null : place.longitude(), schedule.get(),
                request.durationMinutes(), request.volunteersNeeded() == null ? 1 : request.volunteersNeeded(),
                request.urgency() == null ? Urgency.NORMAL : request.urgency());
        Need need = store.insert(Need.post(commune, recipient, details, referentId, now));
        if (beneficiary != null) {
            beneficiaries.needPosted(beneficiary, need.endsAt());
        }
        log.info("Commune {}: need {} posted ({})", insee, need.id(), need.mode());
        return need;
    }

    /** A referent changes an open need; fields absent from the request stay as they are. */
    Need update(String id, UpdateNeedRequest request) {
        requireManager(id);
        List<FieldProblem> problems = new ArrayList<>();
        if (request.beneficiaryId() != null) {
            problems.add(new FieldProblem("beneficiaryId", "ne peut pas être modifié : annulez ce besoin et publiez-en "
                    + "un autre"));
        }
        if (request.associationId() != null) {
            problems.add(new FieldProblem("associationId", "ne peut pas être modifié : annulez ce besoin et publiez-en "
                    + "un autre"));
        }
        if (request.title() != null && request.title().isBlank()) {
            problems.add(new FieldProblem("title", "ne doit pas être vide"));
        }
        if (request.kind() != null && request.kind().isBlank()) {
            problems.add(new FieldProblem("kind", "ne doit pas être vide"));
        }
        if (request.description() != null && request.description().isBlank()) {
            problems.add(new FieldProblem("description", "ne doit pas être vide"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        Need updated = change(id, need -> {
            Commune commune = communes.get(need.communeInsee());
            Recipient recipient = need.mode() == NeedMode.INDIVIDUAL
                    ? Recipient.of(beneficiaries.forNeed(need.communeInsee(), need.beneficiaryId(), "beneficiaryId"))
                    : new Recipient(NeedMode.ORGANISED, null, null, need.associationId(), need.associationName());
            Instant now = clock.instant();
            NeedDetails current = need.details();
            List<FieldProblem> whenProblems = new ArrayList<>();
            Schedule schedule = request.when() == null ? current.schedule()
                    : schedule(request.when(), now, whenProblems).orElse(null);
            if (!whenProblems.isEmpty()) {
                throw new InvalidFieldsException(whenProblems);
            }
            PlaceRequest place = request.place();
            NeedDetails details = new NeedDetails(
                    request.title() == null ? current.title() : request.title().strip(),
                    request.kind() == null ? current.kind() : KindOfHelp.valueOf(request.kind()),
                    request.description() == null ? current.description() : request.description().strip(),
                    place == null ? current.placeAddress() : blankToNull(place.address()),
                    place == null ? current.placeLatitude() : place.latitude(),
                    place == null ? current.placeLongitude() : place.longitude(),
                    schedule,
                    request.durationMinutes() == null ? current.durationMinutes() : request.durationMinutes(),
                    request.volunteersNeeded() == null ? current.volunteersNeeded() : request.volunteersNeeded(),
                    request.urgency() == null ? current.urgency() : request.urgency());
            need.revise(details, commune, recipient, now);
            return need;
        });
        log.info("Need {} updated", id);
        return updated;
    }

    Need cancel(String id, CancelNeedRequest request) {
        requireManager(id);
        Need cancelled = change(id, need -> {
            need.cancel(request.reason(), blankToNull(request.note()), clock.instant());
            return need;
        });
        log.info("Need {} cancelled ({})", id, request.reason());
        return cancelled;
    }

    Need get(String id) {
        return repository.findById(id).orElseThrow(() -> new ResourceNotFoundException(
                "Aucun besoin n’a cet identifiant."));
    }

    /** The need, for a caller who may read its commune's needs (its referents, coordinators, admins). */
    Need read(String id) {
        Need need = get(id);
        Caller.require(Caller.current().mayReadCommune(need.communeInsee()));
        return need;
    }

    /** Only the commune's referents and coordinators change its needs. */
    private void requireManager(String id) {
        Caller.require(Caller.current().mayManageCommune(get(id).communeInsee()));
    }

    /**
     * The needs the caller may read: a referent those of their own commune (the only one when they have one and name
     * none), coordinators and admins any.
     */
    PageView<Need> listFor(String commune, NeedStatus status, int page, int size) {
        Caller caller = Caller.current();
        if (!caller.hasAny(Role.COORDINATOR, Role.ADMIN)) {
            if ((commune == null || commune.isBlank()) && caller.communes().size() == 1) {
                commune = caller.communes().iterator().next();
            }
            if (commune == null || commune.isBlank()) {
                throw new AccessDeniedException("Précisez la commune (paramètre commune) : vous êtes référent de "
                        + "plusieurs communes.");
            }
            Caller.require(caller.isReferentOf(commune.strip()));
        }
        return list(commune, status, page, size);
    }

    /** The needs, newest first, of a commune and/or in a status when given. */
    PageView<Need> list(String commune, NeedStatus status, int page, int size) {
        Criteria criteria = new Criteria();
        if (commune != null && !commune.isBlank()) {
            criteria = criteria.and("communeInsee").is(commune.strip());
        }
        if (status != null) {
            criteria = criteria.and("status").is(status.name());
        }
        Query query = Query.query(criteria);
        long total = mongo.count(query, Need.class);
        List<Need> items = mongo.find(query.with(Sort.by(Sort.Direction.DESC, "postedAt"))
                .skip((long) page * size).limit(size), Need.class);
        return PageView.of(items, page, size, total);
    }

    /**
     * Follows what matching-service reports of the need's matches ({@link Need#followMatches}). A need commune-service
     * does not hold (another département's platform, a deleted test need) is ignored.
     */
    public void followMatches(String id, long matchingVersion, boolean full, boolean done, int accepted,
            int completed) {
        if (!repository.existsById(id)) {
            log.warn("Match events for need {} which is not known here: ignored", id);
            return;
        }
        Need need = change(id, held -> {
            held.followMatches(matchingVersion, full, done, accepted, completed, clock.instant());
            return held;
        });
        log.info("Need {} follows its matches (version {}): {}", id, matchingVersion, need.status());
    }

    /** Whether a need for this beneficiary is still open or in progress (so their data is still needed). */
    public boolean hasOngoingNeedFor(String beneficiaryId) {
        return repository.existsByBeneficiaryIdAndStatusIn(beneficiaryId,
                List.of(NeedStatus.OPEN, NeedStatus.IN_PROGRESS));
    }

    /**
     * Expires the open needs whose last occurrence has ended with no help given, and closes those (open or in
     * progress) where help was given and no accepted match waits for its outcome ({@link Need#expireIfOverdue}).
     * Safe on several instances: each change is a versioned save.
     *
     * @return how many expired
     */
    public int expireOverdue() {
        Instant now = clock.instant();
        int expired = 0;
        for (Need need : repository.findByStatusInAndEndsAtBefore(List.of(NeedStatus.OPEN, NeedStatus.IN_PROGRESS),
                now)) {
            if (need.expireIfOverdue(now)) {
                try {
                    store.save(need);
                    expired++;
                } catch (OptimisticLockingFailureException changedMeanwhile) {
                    // Another instance expired it, or a referent changed it: the next run decides again.
                }
            }
        }
        if (expired > 0) {
            log.info("Expired or closed {} needs whose date passed", expired);
        }
        return expired;
    }

    /**
     * Applies {@code change} to the need and saves it with its events; when another change saved it in between, the
     * change is applied again to the fresh document (it may then be refused, e.g. cancelling a need just cancelled).
     */
    private Need change(String id, Function<Need, Need> change) {
        return store.change(ATTEMPTS, () -> get(id), change);
    }

    private Optional<Schedule> schedule(WhenRequest when, Instant now, List<FieldProblem> problems) {
        LocalDate today = LocalDate.ofInstant(now, Departement.ZONE);
        return Schedule.of(when.date(), when.daysOfWeek(), when.startDate(), when.endDate(), when.startTime(),
                when.endTime(), today, problems);
    }

    private static <T> T collect(List<FieldProblem> problems, java.util.function.Supplier<T> lookup) {
        try {
            return lookup.get();
        } catch (InvalidFieldsException e) {
            problems.addAll(e.problems());
            return null;
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static String blankToNull(String text) {
        return isBlank(text) ? null : text.strip();
    }
}
