package fr.heurecivique.gateway.security;

import fr.heurecivique.defaults.security.ResourceServerAutoConfiguration;
import fr.heurecivique.defaults.security.SecurityProperties;
import fr.heurecivique.gateway.GatewayProperties;
import fr.heurecivique.gateway.Problems;
import fr.heurecivique.gateway.ratelimit.AuthenticatedUser;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.web.server.WebFilter;
import reactor.core.publisher.Mono;

import java.time.Clock;

/**
 * The front door checks a bearer token when one comes — signature (the provider's JWK set), issuer, audience,
 * expiry, the same validation as the services' — and answers an invalid one with a French 401 problem, so that a
 * forged or expired token goes no further. A request without a token passes: the services decide what is public.
 * The token itself is relayed as is ({@code Authorization}); the services check it again and enforce every rule.
 * The validated token's subject keys the per-user rate limit ({@link AuthenticatedUser}). Validated tokens are
 * remembered until they expire ({@link ValidatedTokenCache}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecurityProperties.class)
class GatewaySecurityConfiguration {

    @Bean
    ReactiveJwtDecoder reactiveJwtDecoder(SecurityProperties properties, GatewayProperties gateway) {
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSetUri(properties.jwkSetUri()).build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithValidators(
                new JwtIssuerValidator(properties.issuer()), new JwtAudienceValidator(properties.audience())));
        return new ValidatedTokenCache(decoder, gateway.tokenCache().maxSize(), gateway.tokenCache().maxAge(),
                Clock.systemUTC());
    }

    @Bean
    SecurityWebFilterChain gatewaySecurity(ServerHttpSecurity http, ReactiveJwtDecoder decoder, Problems problems) {
        ServerAuthenticationEntryPoint unauthenticated = (exchange, exception) -> {
            exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE,
                    "Bearer error=\"invalid_token\", error_description=\"The access token is invalid or expired\"");
            return problems.write(exchange, HttpStatus.UNAUTHORIZED, "Authentification requise",
                    "Le jeton d’accès est invalide ou a expiré : connectez-vous à nouveau.");
        };
        return http
                .authorizeExchange(exchanges -> exchanges.anyExchange().permitAll())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtDecoder(decoder).jwtAuthenticationConverter(
                                new ReactiveJwtAuthenticationConverterAdapter(
                                        ResourceServerAutoConfiguration.authenticationConverter())))
                        .authenticationEntryPoint(unauthenticated))
                .addFilterAfter(rateLimitUser(), SecurityWebFiltersOrder.AUTHENTICATION)
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                // The services set their own response headers; the gateway adds none of Spring Security's.
                .headers(headers -> headers.disable())
                .build();
    }

    /** The subject of a validated token, for the per-user rate limit; nothing for anonymous requests. */
    private static WebFilter rateLimitUser() {
        return (exchange, chain) -> {
            if (!exchange.getRequest().getHeaders().containsHeader(HttpHeaders.AUTHORIZATION)) {
                return chain.filter(exchange);
            }
            return ReactiveSecurityContextHolder.getContext()
                    .map(SecurityContext::getAuthentication)
                    .filter(JwtAuthenticationToken.class::isInstance)
                    .doOnNext(authentication -> exchange.getAttributes().put(AuthenticatedUser.ATTRIBUTE,
                            authentication.getName()))
                    .then(chain.filter(exchange));
        };
    }
}
