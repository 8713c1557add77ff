package fr.heurecivique.commune.associations;

import fr.heurecivique.defaults.audit.PersonalDataAudit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Internal API (platform services only: a service token, scope {@code internal}; never routed by the gateway): the
 * contact person of an association, fetched by notification-service at the moment a volunteer accepts to help at one
 * of its needs. Association contacts never travel in events.
 */
@RestController
class InternalAssociationController {

    private static final Logger log = LoggerFactory.getLogger(InternalAssociationController.class);

    private final Associations associations;
    private final PersonalDataAudit audit;

    InternalAssociationController(Associations associations, PersonalDataAudit audit) {
        this.associations = associations;
        this.audit = audit;
    }

    @GetMapping("/internal/associations/{id}/contact")
    AssociationContactView contact(@PathVariable String id) {
        Association association = associations.get(id);
        log.info("Contact of association {} released to an internal caller", id);
        audit.staffAccess("ASSOCIATION_CONTACT_RELEASED", "ASSOCIATION", id);
        Association.AssociationContact contact = association.contact();
        return new AssociationContactView(association.id(), association.communeInsee(), association.name(),
                contact == null ? null : contact.name(), contact == null ? null : contact.email(),
                contact == null ? null : contact.phone());
    }

    /** {@code email} and {@code phone} may be {@code null}: an association may have given only one of them. */
    record AssociationContactView(String associationId, String communeInsee, String associationName,
            String contactName, String email, String phone) {
    }
}
