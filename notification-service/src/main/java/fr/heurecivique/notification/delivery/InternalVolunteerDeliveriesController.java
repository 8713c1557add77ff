package fr.heurecivique.notification.delivery;

import fr.heurecivique.notification.volunteers.VolunteerNotifications;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;

/**
 * What notification-service holds about a volunteer, for their RGPD export (volunteer-service gathers it): the
 * messages sent (or not) to them — channel, template, status, dates — with the address masked as the delivery log
 * shows it ("c•••@exemple.fr"), never the content. Internal API: a service token only, never routed by the gateway.
 */
@RestController
class InternalVolunteerDeliveriesController {

    private final MongoTemplate mongo;

    InternalVolunteerDeliveriesController(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    record VolunteerDelivery(String id, String channel, String template, String address, String status,
            String statusReason, Instant createdAt, Instant sentAt) {
    }

    record VolunteerDeliveries(String volunteerId, List<VolunteerDelivery> deliveries) {
    }

    @GetMapping("/internal/volunteers/{id}/deliveries")
    VolunteerDeliveries ofVolunteer(@PathVariable String id) {
        Query theirs = Query.query(Criteria.where("recipientType").is(VolunteerNotifications.VOLUNTEER)
                .and("recipientId").is(id)).with(Sort.by(Sort.Direction.DESC, "createdAt"));
        return new VolunteerDeliveries(id, mongo.find(theirs, Delivery.class).stream()
                .map(delivery -> new VolunteerDelivery(delivery.id(), String.valueOf(delivery.channel()),
                        delivery.template(), masked(delivery.address()), String.valueOf(delivery.status()),
                        delivery.statusReason(), delivery.createdAt(), delivery.sentAt()))
                .toList());
    }

    private static String masked(String address) {
        if (address == null || Delivery.ERASED.equals(address) || address.contains("•")) {
            return address;
        }
        return Delivery.mask(address);
    }
}
