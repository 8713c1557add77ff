package fr.heurecivique.web.signup;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import java.util.LinkedHashMap;
import java.util.Map;

/** volunteer-service's public sign-up, through the gateway. */
@Component
class VolunteerApi {

    private final RestClient api;

    VolunteerApi(RestClient gatewayApi) {
        this.api = gatewayApi;
    }

    /** {@code POST /api/volunteers}; throws ApiProblem with the service's field problems. */
    void register(SignupForm form, String communeInsee) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("firstName", form.firstName().strip());
        body.put("lastName", form.lastName().strip());
        body.put("email", form.email().strip());
        body.put("phone", form.phone().strip());
        body.put("communeInsee", communeInsee);
        if (form.partnerCode() != null && !form.partnerCode().isBlank()) {
            body.put("partnerCode", form.partnerCode());
        }
        if (form.heardFrom() != null && !form.heardFrom().isBlank()) {
            body.put("heardFrom", form.heardFrom());
        }
        if (form.birthYear() != null && !form.birthYear().isBlank()) {
            body.put("birthYear", Integer.parseInt(form.birthYear()));
        }
        body.put("consents", Map.of(
                "dataProcessing", SignupForm.checked(form.consentDataProcessing()),
                "email", SignupForm.checked(form.consentEmail()),
                "sms", SignupForm.checked(form.consentSms()),
                "shareWithCommune", SignupForm.checked(form.consentShareWithCommune())));
        api.post().uri("/api/volunteers").contentType(MediaType.APPLICATION_JSON).body(body).retrieve()
                .toBodilessEntity();
    }
}
