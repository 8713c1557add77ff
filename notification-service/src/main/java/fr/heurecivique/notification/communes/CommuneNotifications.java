package fr.heurecivique.notification.communes;

import fr.heurecivique.contracts.commune.CommuneState;
import fr.heurecivique.contracts.commune.PartnershipContact;
import fr.heurecivique.contracts.commune.ReferentState;
import fr.heurecivique.notification.delivery.Channel;
import fr.heurecivique.notification.delivery.Deliveries;
import fr.heurecivique.notification.delivery.NotificationProperties;
import fr.heurecivique.notification.delivery.Recipient;
import fr.heurecivique.notification.directory.Contact;
import fr.heurecivique.notification.directory.ContactDirectory;
import fr.heurecivique.notification.templates.FrenchFormats;
import fr.heurecivique.notification.templates.MessageTemplates;
import org.springframework.stereotype.Service;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What the communes' people are told: the coordinators, of each partnership request; the town hall contact, that
 * their request was received and, on activation, where the communication kit is; a referent, of their appointment.
 * Staff addresses come with the events; they are kept in the contact directory (town hall, referents) for later
 * messages (the roster digest, a match accepted).
 */
@Service
public class CommuneNotifications {

    public static final String TOWN_HALL = "TOWN_HALL";
    public static final String REFERENT = "REFERENT";
    static final String COORDINATOR = "COORDINATOR";

    private final Deliveries deliveries;
    private final MessageTemplates templates;
    private final ContactDirectory directory;
    private final NotificationProperties properties;

    CommuneNotifications(Deliveries deliveries, MessageTemplates templates, ContactDirectory directory,
            NotificationProperties properties) {
        this.deliveries = deliveries;
        this.templates = templates;
        this.directory = directory;
        this.properties = properties;
    }

    public void partnershipRequested(String eventId, CommuneState commune, PartnershipContact contact,
            String message) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("communeName", commune.name());
        variables.put("inseeCode", commune.inseeCode());
        variables.put("contactName", contact.firstName() + " " + contact.lastName());
        variables.put("contactRole", contact.role());
        variables.put("contactEmail", contact.email());
        variables.put("contactPhone", FrenchFormats.phone(contact.phone()));
        variables.put("message", message);
        for (String coordinator : properties.coordinators()) {
            String address = coordinator.strip().toLowerCase(Locale.ROOT);
            deliveries.request(eventId, new Recipient(COORDINATOR, address, address), Channel.EMAIL,
                    templates.email("partnership-request-coordinators", variables));
        }
        deliveries.request(eventId, new Recipient(TOWN_HALL, commune.inseeCode(), contact.email()), Channel.EMAIL,
                templates.email("partnership-request-received", Map.of("firstName", contact.firstName(),
                        "communeName", commune.name())));
    }

    public void partnershipActivated(String eventId, CommuneState commune, PartnershipContact contact) {
        townHall(commune, contact);
        deliveries.request(eventId, new Recipient(TOWN_HALL, commune.inseeCode(), contact.email()), Channel.EMAIL,
                templates.email("partnership-activated", Map.of("firstName", contact.firstName(),
                        "communeName", commune.name(), "kitUrl", properties.communicationKitUrl())));
    }

    /** Keeps the town hall's contact for later messages (the roster digest). */
    public void townHall(CommuneState commune, PartnershipContact contact) {
        directory.update(new Contact(Contact.idOf(TOWN_HALL, commune.inseeCode()), TOWN_HALL, commune.inseeCode(),
                commune.version(), contact.firstName(), contact.email(), contact.phone(), true, false,
                commune.inseeCode()));
    }

    public void referentAppointed(String eventId, CommuneState commune, ReferentState referent) {
        directory.update(new Contact(Contact.idOf(REFERENT, referent.referentId()), REFERENT, referent.referentId(),
                commune.version(), referent.firstName(), referent.email(), referent.phone(), true, false,
                commune.inseeCode()));
        deliveries.request(eventId, new Recipient(REFERENT, referent.referentId(), referent.email()), Channel.EMAIL,
                templates.email("referent-appointed", Map.of("firstName", referent.firstName(),
                        "communeName", commune.name(), "role", referent.role() == null ? "" : referent.role())));
    }

    public void referentRemoved(String referentId) {
        directory.erase(REFERENT, referentId);
    }
}
