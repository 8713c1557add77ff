package fr.heurecivique.defaults.audit;

import fr.heurecivique.contracts.audit.PersonalDataAccessed;
import fr.heurecivique.defaults.outbox.AggregateStore;
import fr.heurecivique.defaults.security.Caller;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Records that the current caller read personal data (issue 7, audit): who (the token's subject and role), what
 * (an action and a resource id) and when — in one write with its event, which identity-service turns into the
 * admins' audit log. A person reading their own data is not audited; anonymous callers never reach personal data.
 *
 * <pre>{@code audit.staffAccess("ROSTER_EXPORTED", "COMMUNE_ROSTER", insee);}</pre>
 */
public class PersonalDataAudit {

    private final AggregateStore store;
    private final Clock clock;
    private final String service;

    public PersonalDataAudit(AggregateStore store, Clock clock, String service) {
        this.store = store;
        this.clock = clock;
        this.service = service;
    }

    /** Records the access when the caller is staff or a service; does nothing for a volunteer or nobody. */
    public void staffAccess(String action, String resourceType, String resourceId) {
        Caller caller = Caller.current();
        if (!caller.authenticated() || caller.mainRole().equals("VOLUNTEER")) {
            return;
        }
        record(caller, action, resourceType, resourceId);
    }

    /** Records the access whoever the caller is (e.g. a volunteer's record read by someone other than them). */
    public void record(Caller caller, String action, String resourceType, String resourceId) {
        String id = UUID.randomUUID().toString();
        Instant now = clock.instant();
        PersonalDataAccessed accessed = new PersonalDataAccessed(id, caller.subject(), caller.mainRole(), action,
                resourceType, resourceId, service, now);
        store.insert(new AuditRecord(id, caller.subject(), caller.mainRole(), action, resourceType, resourceId, now,
                accessed));
    }
}
