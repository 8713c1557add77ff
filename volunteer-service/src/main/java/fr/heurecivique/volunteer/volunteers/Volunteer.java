package fr.heurecivique.volunteer.volunteers;

import fr.heurecivique.contracts.EventCatalog;
import fr.heurecivique.contracts.volunteer.VolunteerRegistered;
import fr.heurecivique.contracts.volunteer.VolunteerState;
import fr.heurecivique.defaults.outbox.OutboxAggregate;
import fr.heurecivique.defaults.outbox.OutboxEvent;
import fr.heurecivique.defaults.outbox.OutboxEvents;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A volunteer: the aggregate at the heart of volunteer-service. Each change records its event in the document's own
 * outbox ({@code pendingEvents}), saved in the same write.
 */
@Document("volunteers")
public class Volunteer implements OutboxAggregate {

    @Id
    private String id;
    @Version
    private Long version;
    private VolunteerStatus status;
    private String firstName;
    private String lastName;
    /** Lower-cased; one active registration per address. */
    @Indexed(unique = true, name = "email_unique")
    private String email;
    private String phone;
    private String communeInsee;
    private String partnerCode;
    private Consents consents;
    private Instant registeredAt;
    private List<OutboxEvent> pendingEvents = new ArrayList<>();

    protected Volunteer() {
        // for the mapping
    }

    /** A citizen signs up: a new volunteer, {@link VolunteerStatus#REGISTERED}, and its VolunteerRegistered event. */
    public static Volunteer register(VolunteerDetails details, Instant now, OutboxEvents events) {
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
        volunteer.partnerCode = details.partnerCode();
        volunteer.consents = details.consents();
        volunteer.registeredAt = now;
        volunteer.pendingEvents.add(events.create(EventCatalog.VOLUNTEER_REGISTERED, volunteer.id,
                volunteer.nextVersion(), new VolunteerRegistered(volunteer.stateAt(volunteer.nextVersion()))));
        return volunteer;
    }

    /** The version this document will have once the pending change is saved. */
    private long nextVersion() {
        return version == null ? 0 : version + 1;
    }

    private VolunteerState stateAt(long aggregateVersion) {
        return new VolunteerState(id, aggregateVersion, status.name(), firstName, lastName, email, phone,
                communeInsee, partnerCode, consents.toContract(), registeredAt);
    }

    @Override
    public List<OutboxEvent> pendingEvents() {
        return List.copyOf(pendingEvents);
    }

    public String id() {
        return id;
    }

    public long version() {
        return version == null ? -1 : version;
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

    public String partnerCode() {
        return partnerCode;
    }

    public Consents consents() {
        return consents;
    }

    public Instant registeredAt() {
        return registeredAt;
    }
}
