package fr.heurecivique.web.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import fr.heurecivique.web.signin.SessionProperties;
import fr.heurecivique.web.signin.SignInConfiguration;
import fr.heurecivique.web.signin.SignInProperties;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * The web client's security, in one place (docs/web.md):
 * <ul>
 * <li>static assets ({@link #STATIC_PATHS}) in a chain of their own, long cached, no session;</li>
 * <li>the pages: the public ones ({@link #PUBLIC_PATHS}) open to all; CSRF on every form (Spring Security's
 * {@code CsrfFilter}: a POST without its token is refused with 403; Thymeleaf's {@code th:action} writes the hidden
 * {@code _csrf} field), the token in an {@code HttpOnly}, {@code SameSite=Lax} cookie so that a signed-out visitor
 * gets no server session; security headers with a strict Content-Security-Policy ({@link #contentSecurityPolicy}).
 * </li>
 * </ul>
 * Signing in (the backend-for-frontend, {@link SignInConfiguration}) extends {@link #pages} here: the space's paths
 * ({@link #SIGNED_IN_PATHS}), {@code oauth2Login} with PKCE, {@code POST /deconnexion}.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
public class WebSecurityConfiguration {

    /** Served as files by web (web-theme's /theme/**, web's static/), the same for everybody. */
    public static final String[] STATIC_PATHS = { "/theme/**", "/assets/**", "/favicon.ico", "/manifest.webmanifest",
            "/sw.js", "/actuator/health", "/actuator/health/**", "/actuator/info", "/actuator/prometheus" };

    /** The public side: pages anyone may open and forms anyone may send. */
    public static final String[] PUBLIC_PATHS = { "/", "/communes", "/communes/**", "/visios", "/inscription",
            "/inscription/**", "/mentions-legales", "/donnees-personnelles", "/accessibilite", "/plan-du-site",
            "/hors-ligne", "/error", "/tableau-de-bord", "/tableau-de-bord/**" };

    /** The import of a Département's spreadsheets (staff/imports): coordinators only. */
    public static final String[] IMPORT_PATHS = { "/gestion/import", "/gestion/import/**" };

    /** The volunteer's space: a signed-out visitor is sent to sign in, and back. */
    public static final String[] SIGNED_IN_PATHS = { "/mon-espace", "/mon-espace/**" };

    /** The staff area: a signed-out visitor is sent to sign in; an account without a staff role gets 403. */
    public static final String[] STAFF_PATHS = { "/gestion", "/gestion/**" };

    /** The coordinator's desk and the administrator's pages (staff/coordination, staff/admin): their own role checks. */
    public static final String[] DESK_PATHS = { "/gestion/coordination", "/gestion/coordination/**",
            "/gestion/administration", "/gestion/administration/**" };

    private static String origin(java.net.URI uri) {
        return uri.getScheme() + "://" + uri.getAuthority();
    }

    /**
     * Nothing but this site's own files: no CDN, no web font, no inline script or style, no framing.
     *
     * @param formActions the origins forms may be sent to beside this one (Chrome applies {@code form-action} to the
     *                    redirects that follow a POST, e.g. sign-out towards the identity provider)
     */
    public static String contentSecurityPolicy(String... formActions) {
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
                + "connect-src 'self'; manifest-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'self'; "
                + "frame-ancestors 'none'; form-action 'self'" + (formActions.length == 0 ? "" : " "
                        + String.join(" ", formActions));
    }

    @Bean
    @Order(1)
    SecurityFilterChain staticAssets(HttpSecurity http) throws Exception {
        return http.securityMatcher(STATIC_PATHS)
                .authorizeHttpRequests(authorize -> authorize.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.disable())
                .csrf(csrf -> csrf.disable())
                // The same files for everyone: let browsers and the service worker cache them (resources' own
                // Cache-Control, see application.yml).
                .headers(headers -> headers.cacheControl(cache -> cache.disable())
                        .contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy())))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, @Value("${heure-civique.site.secure-cookies:false}") boolean secure,
            ClientRegistrationRepository registrations, OAuth2AuthorizedClientRepository authorizedClients,
            SignInProperties signIn, SessionProperties session) throws Exception {
        // The backend-for-frontend's sign-in: the volunteer's space needs a signed-in person, oauth2Login with PKCE,
        // tokens in the session, POST /deconnexion ending the provider's session too (docs/security.md).
        SignInConfiguration.apply(http, registrations, authorizedClients, signIn, session);
        CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
        tokens.setCookieName("HC-CSRF");
        tokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax").secure(secure).httpOnly(true).path("/"));
        return http
                .authorizeHttpRequests(authorize -> authorize
                        .requestMatchers(IMPORT_PATHS).hasRole("COORDINATOR")
                        // the desk and the administration check their role on every request (DeskAccess), with a
                        // French page saying whom they are for; signing in is asked here
                        .requestMatchers(DESK_PATHS).authenticated()
                        .requestMatchers(STAFF_PATHS).hasAnyRole("REFERENT", "COORDINATOR", "ADMIN")
                        .requestMatchers(SIGNED_IN_PATHS).authenticated()
                        .requestMatchers(PUBLIC_PATHS).permitAll()
                        .anyRequest().permitAll())
                .csrf(csrf -> csrf.csrfTokenRepository(tokens))
                .headers(headers -> headers
                        // Sign-out posts here, then redirects to the provider's end_session_endpoint.
                        .contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy(
                                origin(signIn.issuer()))))
                        .referrerPolicy(referrer -> referrer.policy(
                                ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .frameOptions(frame -> frame.deny())
                        .permissionsPolicyHeader(permissions -> permissions.policy(
                                "camera=(), microphone=(), geolocation=(), payment=(), usb=()")))
                .build();
    }
}
