package fr.heurecivique.defaults.security;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.web.SecurityFilterChain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Every servlet service is a stateless JWT resource server: tokens signed by the provider's keys (JWK set), from its
 * issuer, for the platform's API audience; {@code roles} become {@code ROLE_*} authorities and scopes
 * {@code SCOPE_*}. Each service declares its endpoints' rules in one {@link AccessRules} bean; health, metrics, the
 * API description and the error page are public, anything else without a rule is refused. 401 and 403 are French
 * problem details.
 *
 * <p>The JWK set is read at the first token rather than at start, so a service starts (and becomes ready) while the
 * provider is down and accepts tokens as soon as it is back — unlike a decoder configured by issuer discovery.
 */
@AutoConfiguration(beforeName = {
        "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
        "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration" })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({ SecurityFilterChain.class, JwtDecoder.class, JwtAuthenticationConverter.class })
@EnableConfigurationProperties(SecurityProperties.class)
public class ResourceServerAutoConfiguration {

    /** Paths every service answers to anyone. */
    static final String[] PUBLIC_PATHS = { "/actuator/health", "/actuator/health/**", "/actuator/info",
            "/actuator/prometheus", "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/error" };

    @Bean
    @ConditionalOnMissingBean
    JwtDecoder jwtDecoder(SecurityProperties properties) {
        return decoder(properties);
    }

    public static NimbusJwtDecoder decoder(SecurityProperties properties) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(properties.jwkSetUri()).build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithValidators(
                new JwtIssuerValidator(properties.issuer()), new JwtAudienceValidator(properties.audience())));
        return decoder;
    }

    @Bean
    @ConditionalOnMissingBean
    JwtAuthenticationConverter jwtAuthenticationConverter() {
        return authenticationConverter();
    }

    /** {@code roles: ["REFERENT"]} → {@code ROLE_REFERENT}, {@code scope: "internal"} → {@code SCOPE_internal}. */
    public static JwtAuthenticationConverter authenticationConverter() {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(authorities());
        return converter;
    }

    public static Converter<Jwt, Collection<GrantedAuthority>> authorities() {
        JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
        roles.setAuthoritiesClaimName(Claims.ROLES);
        roles.setAuthorityPrefix("ROLE_");
        JwtGrantedAuthoritiesConverter scopes = new JwtGrantedAuthoritiesConverter();
        scopes.setAuthoritiesClaimName(Claims.SCOPE);
        return jwt -> {
            List<GrantedAuthority> all = new ArrayList<>(roles.convert(jwt));
            all.addAll(scopes.convert(jwt));
            return all;
        };
    }

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    @ConditionalOnBean(AccessRules.class)
    SecurityFilterChain resourceServerChain(HttpSecurity http, AccessRules rules, JwtDecoder decoder,
            JwtAuthenticationConverter converter) throws Exception {
        http.authorizeHttpRequests(authorize -> {
            authorize.requestMatchers(PUBLIC_PATHS).permitAll();
            rules.declare(authorize);
            authorize.anyRequest().denyAll();
        });
        return statelessResourceServer(http, decoder, converter).build();
    }

    /**
     * What makes a chain one of the platform's APIs: bearer tokens checked by {@code decoder}, roles and scopes by
     * {@code converter}, French 401/403 problem details, no session, no saved request, no CSRF. identity-service's
     * account API uses it too, beside its sign-in chains.
     */
    public static HttpSecurity statelessResourceServer(HttpSecurity http, JwtDecoder decoder,
            JwtAuthenticationConverter converter) throws Exception {
        return http
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(converter))
                        .authenticationEntryPoint(SecurityProblems.unauthenticated())
                        .accessDeniedHandler(SecurityProblems.forbidden()))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(SecurityProblems.unauthenticated())
                        .accessDeniedHandler(SecurityProblems.forbidden()))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                // Bearer tokens, no cookies: nothing for a cross-site request to ride on.
                .csrf(csrf -> csrf.disable());
    }

    @Bean
    SecurityExceptionsAdvice securityExceptionsAdvice() {
        return new SecurityExceptionsAdvice();
    }
}
