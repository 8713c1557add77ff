package fr.heurecivique.testsupport;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventSchemasTest {

    private static final String REGISTERED = "fr.heurecivique.volunteer.registered.v1";
    private static final String VALID = """
            {"volunteer": {"volunteerId": "v1", "version": 0, "status": "REGISTERED", "firstName": "Claire",
             "lastName": "Martin", "email": "claire.martin@exemple.fr", "phone": "+33612345678",
             "communeInsee": "17300", "consents": {"dataProcessing": true, "email": true, "sms": false,
             "shareWithCommune": true}, "registeredAt": "2026-11-28T10:15:30Z", "addedInALaterRelease": 1}}
            """;

    @Test
    void acceptsValidDataIncludingFieldsAddedLater() {
        assertThat(EventSchemas.violations(REGISTERED, VALID)).isEmpty();
    }

    @Test
    void reportsEachViolationThroughTheReferencedStateSchema() {
        String invalid = VALID.replace("\"+33612345678\"", "\"06 12 34 56 78\"")
                .replace("\"claire.martin@exemple.fr\"", "\"claire\"")
                .replace("\"communeInsee\": \"17300\", ", "");
        assertThat(EventSchemas.violations(REGISTERED, invalid)).hasSize(3)
                .anySatisfy(violation -> assertThat(violation).contains("phone"))
                .anySatisfy(violation -> assertThat(violation).contains("email"))
                .anySatisfy(violation -> assertThat(violation).contains("communeInsee"));
        assertThatThrownBy(() -> EventSchemas.assertValid(REGISTERED, invalid)).isInstanceOf(AssertionError.class);
    }

    @Test
    void notificationEventsMayNotCarryContactDetails() {
        String sent = """
                {"notificationId": "n1", "sourceEventId": "e1", "recipientType": "VOLUNTEER", "recipientId": "v1",
                 "channel": "EMAIL", "template": "volunteer-welcome", "attempts": 1, "sentAt": "2026-11-28T10:15:30Z"}
                """;
        assertThat(EventSchemas.violations("fr.heurecivique.notification.sent.v1", sent)).isEmpty();
        assertThat(EventSchemas.violations("fr.heurecivique.notification.sent.v1",
                sent.replace("\"attempts\"", "\"email\": \"a@exemple.fr\", \"attempts\""))).isNotEmpty();
    }

    @Test
    void refusesAnEventTypeOutsideTheCatalogue() {
        assertThatThrownBy(() -> EventSchemas.violations("fr.heurecivique.unknown.v1", "{}"))
                .isInstanceOf(AssertionError.class);
    }
}
