package fr.heurecivique.notification.matches;

import fr.heurecivique.defaults.security.ServiceClients;
import fr.heurecivique.notification.delivery.Channel;
import fr.heurecivique.notification.delivery.Delivery;
import fr.heurecivique.notification.delivery.RecipientUnreachableException;
import fr.heurecivique.notification.delivery.SendTimeAddresses;
import fr.heurecivique.notification.delivery.SendingFailedException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.oauth2.client.ClientAuthorizationException;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

/**
 * The contacts notification-service never keeps: a beneficiary's phone and an association's contact, fetched from
 * commune-service's internal API just before each attempt to send. commune-service answers only if the beneficiary
 * consented to be contacted; the delivery log keeps the address masked.
 */
@Component
class CommuneContacts implements SendTimeAddresses {

    private final RestClient http;

    /**
     * @param serviceClients present when this service has its client secret ({@code NOTIFICATION_SERVICE_CLIENT_SECRET}):
     *                       every call then carries notification-service's own token (client credentials, scope
     *                       {@code internal}), the only credential commune-service's internal API accepts
     */
    CommuneContacts(CommuneServiceProperties properties, ObjectProvider<ServiceClients> serviceClients) {
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(properties.timeout());
        requests.setReadTimeout(properties.timeout());
        ServiceClients clients = serviceClients.getIfAvailable();
        this.http = clients == null ? null
                : clients.builder().baseUrl(properties.url()).requestFactory(requests).build();
    }

    @Override
    public boolean handles(String recipientType) {
        return MatchNotifications.BENEFICIARY.equals(recipientType)
                || MatchNotifications.ASSOCIATION.equals(recipientType);
    }

    @Override
    public String resolve(Delivery delivery) {
        boolean beneficiary = MatchNotifications.BENEFICIARY.equals(delivery.recipientType());
        String path = beneficiary ? "/internal/beneficiaries/{id}/contact" : "/internal/associations/{id}/contact";
        if (http == null) {
            throw new SendingFailedException("notification-service n’a pas d’identité de service (client secret) "
                    + "pour interroger commune-service", false, null);
        }
        ContactAnswer contact;
        try {
            contact = http.get().uri(path, delivery.recipientId()).retrieve().body(ContactAnswer.class);
        } catch (RestClientResponseException e) {
            if (e.getStatusCode().isSameCodeAs(HttpStatus.CONFLICT)) {
                throw new RecipientUnreachableException(
                        "La personne aidée n’a pas consenti à être contactée : passez par le référent");
            }
            if (e.getStatusCode().isSameCodeAs(HttpStatus.NOT_FOUND)) {
                throw new RecipientUnreachableException("Coordonnées effacées ou inconnues de la commune");
            }
            throw new SendingFailedException("commune-service a répondu " + e.getStatusCode().value(), false, e);
        } catch (RestClientException | ClientAuthorizationException e) {
            throw new SendingFailedException("commune-service injoignable", false, e);
        }
        String address = contact == null ? null : delivery.channel() == Channel.SMS ? contact.phone() : contact.email();
        if (address == null || address.isBlank()) {
            throw new RecipientUnreachableException(delivery.channel() == Channel.SMS
                    ? "Pas de numéro de téléphone connu" : "Pas d’adresse e-mail connue");
        }
        return address;
    }

    /** What both internal endpoints answer, as far as sending goes (a beneficiary has no email here). */
    record ContactAnswer(String phone, String email) {
    }
}
