package fr.heurecivique.notification.sms;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;

/**
 * Brevo's transactional SMS API (Brevo, formerly Sendinblue, is a French provider):
 * {@code POST {baseUrl}/v3/transactionalSMS/send} with the account's {@code api-key} header and
 * {@code {sender, recipient, content, type: "transactional"}}; the recipient is the number in international form
 * without the plus sign. 4xx answers are refusals of the message (not retried; 429 excepted), 5xx and network
 * errors are outages (retried).
 */
public final class BrevoSmsProvider implements SmsProvider {

    private final RestClient http;
    private final String sender;

    public BrevoSmsProvider(String baseUrl, String apiKey, String sender, Duration timeout) {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(timeout).build());
        requests.setReadTimeout(timeout);
        this.http = RestClient.builder().baseUrl(baseUrl).requestFactory(requests)
                .defaultHeader("api-key", apiKey).build();
        this.sender = sender;
    }

    @Override
    public String name() {
        return "brevo";
    }

    @Override
    public void send(String e164, String text) {
        try {
            http.post().uri("/v3/transactionalSMS/send")
                    .contentType(MediaType.APPLICATION_JSON)
                    .accept(MediaType.APPLICATION_JSON)
                    .body(Map.of("sender", sender, "recipient", e164.replaceFirst("^\\+", ""), "content", text,
                            "type", "transactional"))
                    .retrieve()
                    .toBodilessEntity();
        } catch (RestClientResponseException e) {
            HttpStatusCode status = e.getStatusCode();
            String reason = "Brevo answered " + status.value();
            if (status.is4xxClientError() && status.value() != 429) {
                throw new SmsRefusedException(reason);
            }
            throw new SmsUnavailableException(reason, e);
        } catch (ResourceAccessException e) {
            throw new SmsUnavailableException("Brevo unreachable (" + e.getClass().getSimpleName() + ")", e);
        } catch (RestClientException e) {
            throw new SmsUnavailableException("Brevo call failed (" + e.getClass().getSimpleName() + ")", e);
        }
    }
}
