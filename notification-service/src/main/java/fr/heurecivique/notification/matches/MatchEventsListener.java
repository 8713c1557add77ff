package fr.heurecivique.notification.matches;

import fr.heurecivique.contracts.EventCatalog;
import fr.heurecivique.contracts.Topics;
import fr.heurecivique.contracts.match.MatchCancelled;
import fr.heurecivique.contracts.match.MatchCompleted;
import fr.heurecivique.contracts.match.MatchEvent;
import fr.heurecivique.defaults.inbox.EventInbox;
import fr.heurecivique.defaults.kafka.IncomingEvent;
import fr.heurecivique.notification.nudge.MonthlyNudge;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** The mise en relation's events: each side is told what it must know, once per event. */
@Component
class MatchEventsListener {

    static final String CONSUMER = "notification.matches";

    private final EventInbox inbox;
    private final MatchNotifications notifications;
    private final MonthlyNudge nudge;

    MatchEventsListener(EventInbox inbox, MatchNotifications notifications,
            MonthlyNudge nudge) {
        this.inbox = inbox;
        this.notifications = notifications;
        this.nudge = nudge;
    }

    @KafkaListener(id = CONSUMER, topics = Topics.Names.MATCH_EVENTS)
    void on(ConsumerRecord<String, JsonNode> record) {
        inbox.applyOnce(CONSUMER, record, this::apply);
    }

    private void apply(IncomingEvent event) {
        MatchEvent match = event.dataAs(MatchEvent.class).orElse(null);
        if (match == null || match.match() == null || match.need() == null) {
            return;
        }
        notifications.matchChanged(match.match());
        if (event.is(EventCatalog.MATCH_PROPOSED)) {
            notifications.proposed(event.id(), match.match(), match.need());
        } else if (event.is(EventCatalog.MATCH_ACCEPTED)) {
            if (match.match().volunteerId() != null) {
                nudge.engaged(match.match().volunteerId(), event.time());
            }
            notifications.accepted(event.id(), match.match(), match.need());
        } else if (event.is(EventCatalog.MATCH_DECLINED)) {
            notifications.declined(event.id(), match.match(), match.need());
        } else if (event.is(EventCatalog.MATCH_EXPIRED)) {
            notifications.expired(event.id(), match.match(), match.need());
        } else if (event.is(EventCatalog.MATCH_WITHDRAWN)) {
            notifications.withdrawn(event.id(), match.match(), match.need());
        } else if (event.is(EventCatalog.MATCH_CANCELLED)) {
            MatchCancelled cancelled = event.data(EventCatalog.MATCH_CANCELLED);
            notifications.cancelled(event.id(), cancelled.match(), cancelled.need(), cancelled.wasAccepted());
        } else if (event.is(EventCatalog.MATCH_COMPLETED)) {
            MatchCompleted completed = event.data(EventCatalog.MATCH_COMPLETED);
            if (completed.volunteerMonth() != null && completed.match().volunteerId() != null) {
                nudge.given(completed.match().volunteerId(), completed.volunteerMonth());
            }
            notifications.completed(event.id(), completed.match(), completed.need(), completed.volunteerMonth());
        }
    }
}
