package fr.heurecivique.defaults.security;

import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.InMemoryOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.web.client.RestClient;

/**
 * How a service calls another: {@code serviceClients.builder().baseUrl(...).build()} gives a {@link RestClient}
 * whose every request carries the service's own access token ({@code Authorization: Bearer}, client credentials,
 * scope {@code internal}). The token is cached and renewed shortly before it expires; the person on whose behalf the
 * request is made (if any) plays no part — a service token is the service's.
 */
public final class ServiceClients {

    public static final String REGISTRATION_ID = "platform";

    private final OAuth2ClientHttpRequestInterceptor interceptor;

    ServiceClients(SecurityProperties properties) {
        SecurityProperties.Client client = properties.client();
        ClientRegistration registration = ClientRegistration.withRegistrationId(REGISTRATION_ID)
                .clientId(client.id())
                .clientSecret(client.secret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .scope(client.scope())
                .tokenUri(client.tokenUri())
                .build();
        InMemoryClientRegistrationRepository registrations = new InMemoryClientRegistrationRepository(registration);
        AuthorizedClientServiceOAuth2AuthorizedClientManager manager =
                new AuthorizedClientServiceOAuth2AuthorizedClientManager(registrations,
                        new InMemoryOAuth2AuthorizedClientService(registrations));
        manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder().clientCredentials().build());
        Authentication service = new AnonymousAuthenticationToken("service", client.id(),
                AuthorityUtils.createAuthorityList("ROLE_SERVICE"));
        interceptor = new OAuth2ClientHttpRequestInterceptor(manager);
        interceptor.setClientRegistrationIdResolver(request -> REGISTRATION_ID);
        interceptor.setPrincipalResolver(request -> service);
    }

    /** A builder of clients that authenticate as this service. */
    public RestClient.Builder builder() {
        return RestClient.builder().requestInterceptor(interceptor);
    }

    /** The interceptor itself, for a builder configured elsewhere. */
    public ClientHttpRequestInterceptor interceptor() {
        return interceptor;
    }
}
