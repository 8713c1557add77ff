package fr.heurecivique.volunteer.volunteers;

import fr.heurecivique.contracts.EventCatalog;
import fr.heurecivique.contracts.Topics;
import fr.heurecivique.contracts.volunteer.VolunteerErased;
import fr.heurecivique.contracts.volunteer.VolunteerInterviewScheduled;
import fr.heurecivique.contracts.volunteer.VolunteerInterviewed;
import fr.heurecivique.contracts.volunteer.VolunteerPaused;
import fr.heurecivique.contracts.volunteer.VolunteerRegistered;
import fr.heurecivique.contracts.volunteer.VolunteerResumed;
import fr.heurecivique.contracts.volunteer.VolunteerSessionAttended;
import fr.heurecivique.contracts.volunteer.VolunteerSessionBooked;
import fr.heurecivique.contracts.volunteer.VolunteerState;
import fr.heurecivique.contracts.volunteer.VolunteerUpdated;
import fr.heurecivique.contracts.volunteer.VolunteerWithdrawn;
import fr.heurecivique.defaults.outbox.OutboxAggregate;
import fr.heurecivique.defaults.web.StateConflictException;
import fr.heurecivique.referencedata.CharenteMaritimeCommunes;
import fr.heurecivique.referencedata.Commune;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A volunteer: the aggregate at the heart of volunteer-service. It holds the rules of the journey — sign-up, video
 * session, interview, pause, withdrawal, erasure — and each change records its event, carrying the volunteer's whole
 * state, in the document's own outbox ({@code pendingEvents}), saved in the same write (see {@link VolunteerStore}).
 * An illegal transition is a {@link StateConflictException} (409) with a French message.
 */
@Document("volunteers")
public class Volunteer extends OutboxAggregate {

    @Id
    private String id;
    @Indexed(name = "status")
    private VolunteerStatus status;
    private String firstName;
    private String lastName;
    /** Lower-cased; one registration per address. Sparse: an erased volunteer has none. */
    @Indexed(unique = true, sparse = true, name = "email_unique")
    private String email;
    private String phone;
    @Indexed(name = "commune")
    private String communeInsee;
    private PostalAddress postalAddress;
    private Integer birthYear;
    private HeardFrom heardFrom;
    private String partnerCode;
    private Consents consents;
    private Instant consentsUpdatedAt;
    private Instant registeredAt;
    private Onboarding onboarding;
    private Perimeter perimeter;
    private List<Milestone> history = new ArrayList<>();
    private Instant updatedAt;
    private Instant erasedAt;

    protected Volunteer() {
        // for the mapping
    }

    /** A citizen signs up: a new volunteer, {@link VolunteerStatus#REGISTERED}, and its VolunteerRegistered event. */
    public static Volunteer register(VolunteerDetails details, Instant now) {
        if (!details.consents().dataProcessing()) {
            throw new IllegalArgumentException("Registering requires the consent to data processing");
        }
        Volunteer volunteer = new Volunteer();
        volunteer.id = UUID.randomUUID().toString();
        volunteer.status = VolunteerStatus.REGISTERED;
        volunteer.firstName = details.firstName();
        volunteer.lastName = details.lastName();
        volunteer.email = details.email();
        volunteer.phone = details.phone();
        volunteer.communeInsee = details.communeInsee();
        volunteer.postalAddress = details.postalAddress();
        volunteer.birthYear = details.birthYear();
        volunteer.heardFrom = details.heardFrom();
        volunteer.partnerCode = details.partnerCode();
        volunteer.consents = details.consents();
        volunteer.consentsUpdatedAt = now;
        volunteer.registeredAt = now;
        volunteer.updatedAt = now;
        volunteer.onboarding = Onboarding.signedUp();
        volunteer.history.add(new Milestone(now, "REGISTERED"));
        volunteer.record(EventCatalog.VOLUNTEER_REGISTERED, new VolunteerRegistered(volunteer.state()));
        return volunteer;
    }

    // ---------------------------------------------------------------------------------------------- onboarding

    /**
     * Books a video presentation session (or moves the booking to another one). The session's own rules — seats
     * left, not started — are the session's; here: only a volunteer who has not attended one yet may book.
     *
     * @return the session booked before, whose seat is to be released; empty if none, or if it is this one
     *         (booking the same session again changes nothing)
     */
    public Optional<String> bookSession(SessionSlot session, Instant now) {
        checkCanBook();
        String previous = onboarding.step() == OnboardingStep.SESSION_BOOKED ? onboarding.sessionId() : null;
        if (session.sessionId().equals(previous)) {
            return Optional.empty();
        }
        onboarding = onboarding.booked(session);
        changed(now, "SESSION_BOOKED");
        record(EventCatalog.VOLUNTEER_SESSION_BOOKED, new VolunteerSessionBooked(state(), session.toContract()));
        return Optional.ofNullable(previous);
    }

    /** Refuses a booking before any seat is taken for it. */
    public void checkCanBook() {
        checkNotErased();
        if (status != VolunteerStatus.REGISTERED) {
            throw new StateConflictException("Seul un bénévole en cours d’inscription réserve une séance de "
                    + "présentation ; ce bénévole est " + label(status) + ".");
        }
        if (onboarding.step() != OnboardingStep.SIGNED_UP && onboarding.step() != OnboardingStep.SESSION_BOOKED) {
            throw new StateConflictException("Ce bénévole a déjà assisté à une séance de présentation.");
        }
    }

    /**
     * A coordinator marks the volunteer present at the session they booked, once it has started.
     *
     * @return whether it changed anything (marking the same attendance twice does not)
     */
    public boolean markAttended(SessionSlot session, Instant now) {
        checkNotErased();
        if (session.sessionId().equals(onboarding.sessionId()) && onboarding.step().compareTo(
                OnboardingStep.SESSION_ATTENDED) >= 0) {
            return false;
        }
        if (onboarding.step() != OnboardingStep.SESSION_BOOKED || !session.sessionId().equals(onboarding.sessionId())) {
            throw new StateConflictException("Ce bénévole n’est pas inscrit à cette séance de présentation.");
        }
        if (now.isBefore(session.startsAt())) {
            throw new StateConflictException("La séance n’a pas encore commencé : la présence se note pendant ou "
                    + "après la séance.");
        }
        onboarding = onboarding.attended();
        changed(now, "SESSION_ATTENDED");
        record(EventCatalog.VOLUNTEER_SESSION_ATTENDED, new VolunteerSessionAttended(state(), session.toContract()));
        return true;
    }

    /** Schedules (or moves) the phone interview, after the video session. */
    public void scheduleInterview(Instant at, Instant now) {
        checkInterviewable();
        onboarding = onboarding.interviewScheduled(at);
        changed(now, "INTERVIEW_SCHEDULED");
        record(EventCatalog.VOLUNTEER_INTERVIEW_SCHEDULED, new VolunteerInterviewScheduled(state()));
    }

    /** Records the interview's outcome, the perimeter of action: the volunteer becomes {@code ACTIVE}. */
    public void recordInterview(Perimeter perimeter, Instant now) {
        Objects.requireNonNull(perimeter, "perimeter");
        checkInterviewable();
        this.perimeter = perimeter;
        onboarding = onboarding.completed(now);
        status = VolunteerStatus.ACTIVE;
        changed(now, "INTERVIEWED");
        record(EventCatalog.VOLUNTEER_INTERVIEWED, new VolunteerInterviewed(state()));
    }

    private void checkInterviewable() {
        checkNotErased();
        if (status != VolunteerStatus.REGISTERED) {
            throw new StateConflictException("L’entretien concerne un bénévole en cours d’inscription ; ce bénévole "
                    + "est " + label(status) + ".");
        }
        if (onboarding.step() != OnboardingStep.SESSION_ATTENDED
                && onboarding.step() != OnboardingStep.INTERVIEW_SCHEDULED) {
            throw new StateConflictException("L’entretien téléphonique vient après la séance de présentation, à "
                    + "laquelle ce bénévole n’a pas encore assisté.");
        }
    }

    // ----------------------------------------------------------------------------------------------- lifecycle

    /** Takes a break (holidays, health): {@code ACTIVE} → {@code PAUSED}. */
    public void pause(Instant now) {
        checkNotErased();
        if (status != VolunteerStatus.ACTIVE) {
            throw new StateConflictException("Seul un bénévole actif peut faire une pause ; ce bénévole est "
                    + label(status) + ".");
        }
        status = VolunteerStatus.PAUSED;
        changed(now, "PAUSED");
        record(EventCatalog.VOLUNTEER_PAUSED, new VolunteerPaused(state()));
    }

    /** Back from a break: {@code PAUSED} → {@code ACTIVE}. */
    public void resume(Instant now) {
        checkNotErased();
        if (status != VolunteerStatus.PAUSED) {
            throw new StateConflictException("Seul un bénévole en pause peut reprendre ; ce bénévole est "
                    + label(status) + ".");
        }
        status = VolunteerStatus.ACTIVE;
        changed(now, "RESUMED");
        record(EventCatalog.VOLUNTEER_RESUMED, new VolunteerResumed(state()));
    }

    /**
     * Leaves the scheme, from any status but {@code WITHDRAWN}.
     *
     * @return the video session whose seat the volunteer held and no longer needs, if any
     */
    public Optional<String> withdraw(Instant now) {
        checkNotErased();
        if (status == VolunteerStatus.WITHDRAWN) {
            throw new StateConflictException("Ce bénévole s’est déjà retiré du dispositif.");
        }
        String heldSeat = onboarding.step() == OnboardingStep.SESSION_BOOKED ? onboarding.sessionId() : null;
        status = VolunteerStatus.WITHDRAWN;
        changed(now, "WITHDRAWN");
        record(EventCatalog.VOLUNTEER_WITHDRAWN, new VolunteerWithdrawn(state()));
        return Optional.ofNullable(heldSeat);
    }

    // ------------------------------------------------------------------------------------------------- profile

    /**
     * Applies a change of profile, consents or perimeter. VolunteerUpdated goes out only if the state that other
     * services hold changed (a new postal address, for instance, concerns no one else).
     *
     * @return the names of the changed fields of the published state (empty if none)
     */
    public List<String> update(ProfileChange change, Instant now) {
        checkNotErased();
        VolunteerState before = state();
        boolean anything = false;
        if (change.firstName() != null && !change.firstName().equals(firstName)) {
            firstName = change.firstName();
            anything = true;
        }
        if (change.lastName() != null && !change.lastName().equals(lastName)) {
            lastName = change.lastName();
            anything = true;
        }
        if (change.email() != null && !change.email().equals(email)) {
            email = change.email();
            anything = true;
        }
        if (change.phone() != null && !change.phone().equals(phone)) {
            phone = change.phone();
            anything = true;
        }
        if (change.communeInsee() != null && !change.communeInsee().equals(communeInsee)) {
            communeInsee = change.communeInsee();
            anything = true;
        }
        PostalAddress address = change.removePostalAddress() ? null
                : change.postalAddress() != null ? change.postalAddress() : postalAddress;
        if (!Objects.equals(address, postalAddress)) {
            postalAddress = address;
            anything = true;
        }
        Integer year = change.removeBirthYear() ? null : change.birthYear() != null ? change.birthYear() : birthYear;
        if (!Objects.equals(year, birthYear)) {
            birthYear = year;
            anything = true;
        }
        if (change.consents() != null && !change.consents().equals(consents)) {
            consents = change.consents();
            consentsUpdatedAt = now;
            anything = true;
        }
        if (change.perimeter() != null && !change.perimeter().equals(perimeter)) {
            if (status != VolunteerStatus.ACTIVE && status != VolunteerStatus.PAUSED) {
                throw new StateConflictException("Le périmètre d’action se fixe lors de l’entretien téléphonique ; "
                        + "il ne se modifie qu’ensuite, pour un bénévole actif ou en pause.");
            }
            perimeter = change.perimeter();
            anything = true;
        }
        if (!anything) {
            return List.of();
        }
        changed(now, "PROFILE_UPDATED");
        List<String> changedFields = changedFields(before, state());
        if (!changedFields.isEmpty()) {
            record(EventCatalog.VOLUNTEER_UPDATED, new VolunteerUpdated(state(), changedFields));
        }
        return changedFields;
    }

    private static List<String> changedFields(VolunteerState before, VolunteerState after) {
        List<String> fields = new ArrayList<>();
        for (var component : VolunteerState.class.getRecordComponents()) {
            String name = component.getName();
            if ("version".equals(name)) {
                continue;
            }
            try {
                if (!Objects.equals(component.getAccessor().invoke(before), component.getAccessor().invoke(after))) {
                    fields.add(name);
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return fields;
    }

    // ---------------------------------------------------------------------------------------------------- RGPD

    /**
     * Erases the volunteer (RGPD): every personal field is removed at once; the document keeps only its id and the
     * events that tell the other services — VolunteerErased, then a tombstone — until they are published, after which
     * it is deleted.
     *
     * @return the video session whose seat the volunteer held, if any
     */
    public Optional<String> erase(Instant now) {
        checkNotErased();
        String heldSeat = onboarding.step() == OnboardingStep.SESSION_BOOKED ? onboarding.sessionId() : null;
        status = VolunteerStatus.ERASED;
        firstName = null;
        lastName = null;
        email = null;
        phone = null;
        communeInsee = null;
        postalAddress = null;
        birthYear = null;
        heardFrom = null;
        partnerCode = null;
        consents = null;
        consentsUpdatedAt = null;
        registeredAt = null;
        onboarding = null;
        perimeter = null;
        history = new ArrayList<>();
        updatedAt = now;
        erasedAt = now;
        record(EventCatalog.VOLUNTEER_ERASED, new VolunteerErased(id, now));
        recordTombstone(Topics.VOLUNTEER_EVENTS);
        return Optional.ofNullable(heldSeat);
    }

    public boolean isErased() {
        return status == VolunteerStatus.ERASED;
    }

    private void checkNotErased() {
        if (isErased()) {
            throw new IllegalStateException("Volunteer " + id + " was erased");
        }
    }

    // ------------------------------------------------------------------------------------------------- helpers

    private void changed(Instant now, String milestone) {
        updatedAt = now;
        history.add(new Milestone(now, milestone));
    }

    /** The state other services hold, as it will be once the pending change is saved. */
    VolunteerState state() {
        Optional<Commune> commune = CharenteMaritimeCommunes.get().find(communeInsee);
        return new VolunteerState(id, nextVersion(), status.name(), firstName, lastName, email, phone, communeInsee,
                partnerCode, consents.toContract(), registeredAt, commune.map(Commune::latitude).orElse(null),
                commune.map(Commune::longitude).orElse(null), onboarding.toContract(),
                perimeter == null ? null : perimeter.toContract());
    }

    private static String label(VolunteerStatus status) {
        return switch (status) {
            case REGISTERED -> "en cours d’inscription";
            case ACTIVE -> "actif";
            case PAUSED -> "en pause";
            case WITHDRAWN -> "retiré du dispositif";
            case ERASED -> "effacé";
        };
    }

    @Override
    public String aggregateId() {
        return id;
    }

    public String id() {
        return id;
    }

    public VolunteerStatus status() {
        return status;
    }

    public String firstName() {
        return firstName;
    }

    public String lastName() {
        return lastName;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }

    public String communeInsee() {
        return communeInsee;
    }

    public PostalAddress postalAddress() {
        return postalAddress;
    }

    public Integer birthYear() {
        return birthYear;
    }

    public HeardFrom heardFrom() {
        return heardFrom;
    }

    public String partnerCode() {
        return partnerCode;
    }

    public Consents consents() {
        return consents;
    }

    public Instant consentsUpdatedAt() {
        return consentsUpdatedAt;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public Onboarding onboarding() {
        return onboarding;
    }

    public Perimeter perimeter() {
        return perimeter;
    }

    public List<Milestone> history() {
        return List.copyOf(history);
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant erasedAt() {
        return erasedAt;
    }
}
