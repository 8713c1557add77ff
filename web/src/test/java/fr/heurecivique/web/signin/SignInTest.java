package fr.heurecivique.web.signin;

import fr.heurecivique.web.WebTestBase;
import fr.heurecivique.web.WebTestSupport;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The backend-for-frontend's sign-in: a signed-out visitor of the space is sent to the provider with PKCE, the
 * session cookie is web's own and locked down, sign-out needs the CSRF token and ends the provider's session too.
 */
class SignInTest extends WebTestBase {

    @Test
    void aSignedOutVisitorOfTheSpaceIsSentToTheProviderWithPkceAndComesBack() throws Exception {
        MvcResult space = mvc.perform(get("/mon-espace/propositions").accept("text/html"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/oauth2/authorization/heure-civique"))
                .andReturn();
        Cookie session = space.getResponse().getCookie("HEURE_CIVIQUE_WEB");
        assertThat(session).as("the visitor's session, which remembers the page asked for").isNotNull();

        MvcResult authorize = mvc.perform(get("/oauth2/authorization/heure-civique").cookie(session))
                .andExpect(status().isFound()).andReturn();
        UriComponents provider = UriComponentsBuilder.fromUriString(
                authorize.getResponse().getRedirectedUrl()).build();
        assertThat(provider.getScheme() + "://" + provider.getHost() + provider.getPath())
                .isEqualTo(WebTestSupport.PROVIDER + "/oauth2/authorize");
        assertThat(provider.getQueryParams().getFirst("client_id")).isEqualTo("web");
        assertThat(provider.getQueryParams().getFirst("response_type")).isEqualTo("code");
        assertThat(provider.getQueryParams().getFirst("code_challenge")).isNotBlank();
        assertThat(provider.getQueryParams().getFirst("code_challenge_method")).isEqualTo("S256");
        assertThat(provider.getQueryParams().getFirst("state")).isNotBlank();
        assertThat(provider.getQueryParams().getFirst("nonce")).isNotBlank();
        assertThat(java.net.URLDecoder.decode(provider.getQueryParams().getFirst("redirect_uri"),
                java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo("http://localhost:8080/login/oauth2/code/heure-civique");
    }

    @Test
    void theSessionCookieIsWebsOwnHttpOnlyAndSameSiteLaxAndNotSecureOnTheEmbeddedDefault() throws Exception {
        String setCookie = mvc.perform(get("/mon-espace")).andReturn().getResponse().getHeaders("Set-Cookie")
                .stream().filter(header -> header.startsWith("HEURE_CIVIQUE_WEB=")).findFirst().orElseThrow();
        assertThat(setCookie).contains("HttpOnly", "SameSite=Lax", "Path=/").doesNotContain("Secure");
        assertThat(setCookie).doesNotStartWith("HEURE_CIVIQUE_SESSION=").doesNotStartWith("JSESSIONID=");
    }

    @Test
    void signingOutWithoutTheCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/deconnexion").with(WebTestSupport.volunteer("v-1"))).andExpect(status().isForbidden());
    }

    @Test
    void signingOutEndsTheSessionHereThenAtTheProvider() throws Exception {
        MvcResult result = mvc.perform(post("/deconnexion").with(WebTestSupport.volunteer("v-1")).with(csrf()))
                .andExpect(status().isFound()).andReturn();
        UriComponents endSession = UriComponentsBuilder.fromUriString(result.getResponse().getRedirectedUrl())
                .build();
        assertThat(endSession.getScheme() + "://" + endSession.getHost() + endSession.getPath())
                .isEqualTo(WebTestSupport.END_SESSION);
        assertThat(endSession.getQueryParams().getFirst("id_token_hint")).isEqualTo("id-token-of-v-1");
        assertThat(java.net.URLDecoder.decode(endSession.getQueryParams().getFirst("post_logout_redirect_uri"),
                java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("http://localhost:8080/");
        assertThat(result.getResponse().getHeaders("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie).startsWith("HEURE_CIVIQUE_WEB=").contains("Max-Age=0"));
    }

    @Test
    void theMenuOffersToSignInOrToSignOut() throws Exception {
        gateway.answer("GET", "/api/volunteers/v-1", 404, "{\"title\":\"Introuvable\",\"status\":404}");
        assertThat(mvc.perform(get("/mon-espace/participation").with(WebTestSupport.volunteer("v-1")))
                .andReturn().getResponse().getContentAsString())
                .contains("action=\"/deconnexion\"", "Me déconnecter").doesNotContain("Se connecter");
        assertThat(mvc.perform(get("/connexion?erreur")).andReturn().getResponse().getContentAsString())
                .contains("href=\"/connexion\"", "Se connecter").doesNotContain("Me déconnecter");
    }

    @Test
    void theSignInLinkSendsAVisitorToTheProviderAndASignedInPersonToTheirSpace() throws Exception {
        mvc.perform(get("/connexion")).andExpect(redirectedUrl("/oauth2/authorization/heure-civique"));
        mvc.perform(get("/connexion").with(WebTestSupport.volunteer("v-1"))).andExpect(redirectedUrl("/mon-espace"));
        mvc.perform(get("/connexion?erreur")).andExpect(status().isOk());
    }
}
