package fr.heurecivique.identity.accounts;

import fr.heurecivique.contracts.EventCatalog;
import fr.heurecivique.contracts.account.PasswordSetupRequested;
import fr.heurecivique.defaults.outbox.OutboxAggregate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Someone who can sign in: an email address (unique), a BCrypt password hash (none until they choose one), roles,
 * and what the roles apply to — the volunteer they are, the communes they refer for. Its changes record their events
 * in the document's own outbox ({@code pendingEvents}), saved in the same write.
 */
@Document("accounts")
public class Account extends OutboxAggregate {

    private static final Pattern INSEE = Pattern.compile("[0-9][0-9AB][0-9]{3}");

    /** Why someone is asked to choose a password. */
    public enum PasswordSetupReason {
        VOLUNTEER_SIGN_UP, STAFF_ACCOUNT, PASSWORD_RESET
    }

    @Id
    private String id;
    @Indexed(unique = true, name = "email_unique")
    private String email;
    private String displayName;
    private String firstName;
    private String passwordHash;
    private Set<Role> roles = EnumSet.noneOf(Role.class);
    private String volunteerId;
    private Set<String> communes = new TreeSet<>();
    /** The appointments by communes (commune-service's referent ids), when the account came from one. */
    private List<ReferentAppointment> appointments = new ArrayList<>();
    private boolean enabled = true;
    private Instant createdAt;
    private Instant passwordChangedAt;

    protected Account() {
        // for the mapping
    }

    private Account(String email, String displayName, String firstName, Set<Role> roles, Set<String> communes,
            Instant now) {
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("An account has at least one role");
        }
        this.id = UUID.randomUUID().toString();
        this.email = normalise(email);
        this.displayName = displayName;
        this.firstName = firstName;
        this.roles = EnumSet.copyOf(roles);
        this.createdAt = now;
        communes.forEach(this::addCommune);
        checkCommunes();
    }

    /** A volunteer's account, linked to their volunteer record, without a password yet. */
    public static Account volunteer(String email, String firstName, String lastName, String volunteerId,
            Instant now) {
        Account account = new Account(email, (firstName + " " + lastName).strip(), firstName, Set.of(Role.VOLUNTEER),
                Set.of(), now);
        account.volunteerId = volunteerId;
        return account;
    }

    /** A staff account (referent, coordinator, admin), without a password yet. */
    public static Account staff(String email, String displayName, Set<Role> roles, Set<String> communes,
            Instant now) {
        if (roles.contains(Role.VOLUNTEER)) {
            throw new IllegalArgumentException("Volunteers' accounts come from their sign-up");
        }
        return new Account(email, displayName, null, roles, communes, now);
    }

    /** A demo account of the local stack, with its (local-only) password already set. */
    public static Account demo(String email, String displayName, String firstName, Set<Role> roles,
            Set<String> communes, String passwordHash, Instant now) {
        Account account = new Account(email, displayName, firstName, roles, communes, now);
        account.passwordHash = passwordHash;
        account.passwordChangedAt = now;
        return account;
    }

    public static String normalise(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Links this account to a volunteer who signed up with its address (an existing staff or demo account, or a
     * redelivered sign-up): gives it the VOLUNTEER role and the volunteer's id.
     *
     * @return whether anything changed
     */
    public boolean linkVolunteer(String volunteerId, String firstName) {
        if (volunteerId.equals(this.volunteerId) && roles.contains(Role.VOLUNTEER)) {
            return false;
        }
        this.volunteerId = volunteerId;
        this.roles.add(Role.VOLUNTEER);
        if (this.firstName == null) {
            this.firstName = firstName;
        }
        return true;
    }

    /**
     * The volunteer was erased: the account loses what it held as a volunteer.
     *
     * @return {@code true} when nothing is left (no other role): the account itself must go
     */
    public boolean unlinkVolunteer() {
        volunteerId = null;
        roles.remove(Role.VOLUNTEER);
        return roles.isEmpty();
    }

    /** A referent's account for a commune's appointment, without a password yet. */
    public static Account referent(String referentId, String email, String displayName, String insee, Instant now) {
        Account account = new Account(email, displayName, null, Set.of(Role.REFERENT), Set.of(insee), now);
        account.appointments.add(new ReferentAppointment(referentId, insee));
        return account;
    }

    /**
     * The commune appointed this account's holder as one of its referents.
     *
     * @return whether anything changed (a redelivered appointment changes nothing)
     */
    public boolean appointReferent(String referentId, String insee) {
        ReferentAppointment appointment = new ReferentAppointment(referentId, insee);
        if (appointments.contains(appointment)) {
            return false;
        }
        addCommune(insee);
        roles.add(Role.REFERENT);
        appointments.add(appointment);
        return true;
    }

    /**
     * The commune removed this referent: the account no longer refers for it.
     *
     * @return {@code true} when nothing is left (no other role): the account itself must go
     */
    public boolean removeReferent(String referentId, String insee) {
        appointments.removeIf(appointment -> appointment.referentId().equals(referentId));
        communes.remove(insee);
        if (communes.isEmpty()) {
            roles.remove(Role.REFERENT);
        }
        return roles.isEmpty();
    }

    private void addCommune(String insee) {
        if (insee == null || !INSEE.matcher(insee).matches()) {
            throw new IllegalArgumentException("Not an INSEE commune code");
        }
        communes.add(insee);
    }

    private void checkCommunes() {
        if (roles.contains(Role.REFERENT) && communes.isEmpty()) {
            throw new IllegalArgumentException("A referent refers for at least one commune");
        }
        if (!roles.contains(Role.REFERENT) && !communes.isEmpty()) {
            throw new IllegalArgumentException("Only referents have communes");
        }
    }

    /** Records the event that makes notification-service email the link where the password is chosen. */
    public void requestPasswordSetup(String linkUrl, Instant expiresAt, PasswordSetupReason reason) {
        record(EventCatalog.ACCOUNT_PASSWORD_SETUP_REQUESTED, new PasswordSetupRequested(id, email,
                firstName != null ? firstName : displayName, linkUrl, expiresAt, reason.name()));
    }

    public void setPassword(String passwordHash, Instant now) {
        this.passwordHash = passwordHash;
        this.passwordChangedAt = now;
    }

    /**
     * An admin disables the account: its holder can no longer sign in, and no new token is issued for it (a refresh is
     * refused, {@code AccountTokenCustomizer}); tokens already issued expire within their 15 minutes.
     *
     * @return whether anything changed
     */
    public boolean disable() {
        boolean changed = enabled;
        enabled = false;
        return changed;
    }

    /** An admin enables a disabled account again. @return whether anything changed */
    public boolean enable() {
        boolean changed = !enabled;
        enabled = true;
        return changed;
    }

    /** Whether the holder can sign in: enabled, and a password chosen. */
    public boolean canSignIn() {
        return enabled && passwordHash != null;
    }

    @Override
    public String aggregateId() {
        return id;
    }

    public String id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public String firstName() {
        return firstName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Set<Role> roles() {
        return roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
    }

    public String volunteerId() {
        return volunteerId;
    }

    public Set<String> communes() {
        return new TreeSet<>(communes);
    }

    public List<ReferentAppointment> appointments() {
        return List.copyOf(appointments);
    }

    public boolean enabled() {
        return enabled;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant passwordChangedAt() {
        return passwordChangedAt;
    }
}
