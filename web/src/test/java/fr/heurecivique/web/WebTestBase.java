package fr.heurecivique.web;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import jakarta.servlet.http.Cookie;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * One Spring context for every web test: the whole web client with MockMvc, calling a {@link StubGateway} instead of
 * the platform, its sessions in the test JVM's embedded MongoDB, and a fixed client registration instead of the
 * provider's discovery document ({@link WebTestSupport}).
 */
@SpringBootTest(properties = "heure-civique.site.sign-in.client-secret=web-secret-for-tests")
@AutoConfigureMockMvc
@ContextConfiguration(initializers = EmbeddedMongoInitializer.class)
@Import(WebTestSupport.FixedProvider.class)
public abstract class WebTestBase {

    protected static final StubGateway gateway = new StubGateway();

    @Autowired
    protected MockMvc mvc;

    @DynamicPropertySource
    static void gatewayUrl(DynamicPropertyRegistry registry) {
        registry.add("heure-civique.site.gateway-url", gateway::url);
    }

    @BeforeEach
    void resetGateway() {
        gateway.reset();
    }

    /** A browser's visit to a form: the page, its CSRF token and the cookie that holds it. */
    protected record FormVisit(Page page, String csrfToken, Cookie[] cookies) {

        /** A POST of this form, with its token and cookies, as a browser sends it. */
        public MockHttpServletRequestBuilder post(String path) {
            return org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                    .cookie(cookies).param("_csrf", csrfToken)
                    .contentType(org.springframework.http.MediaType.APPLICATION_FORM_URLENCODED);
        }
    }

    /** Opens a page with a form, as a browser would, keeping what it needs to send it. */
    protected FormVisit visit(String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).session(new MockHttpSession())).andReturn()
                .getResponse();
        Page page = Page.of(response.getContentAsString());
        return new FormVisit(page, page.csrfToken(), response.getCookies());
    }
}
