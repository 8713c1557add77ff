package fr.heurecivique.web.staff;

import fr.heurecivique.web.Page;
import fr.heurecivique.web.WebTestBase;
import fr.heurecivique.web.WebTestSupport;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The staff area's foundation: {@code /gestion} needs a staff role, its index shows the sections each role opens, and
 * the site's menu leads there.
 */
class StaffAreaTest extends WebTestBase {

    @Test
    void aSignedOutVisitorIsSentToSignIn() throws Exception {
        String location = mvc.perform(get("/gestion/communes/17300")).andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(location).contains("/oauth2/authorization/");
    }

    @Test
    void aVolunteerWithoutAStaffRoleIsRefused() throws Exception {
        mvc.perform(get("/gestion").with(WebTestSupport.volunteer("vol-1"))).andExpect(status().isForbidden());
        String home = mvc.perform(get("/mentions-legales").with(WebTestSupport.volunteer("vol-1")))
                .andReturn().getResponse().getContentAsString();
        assertThat(home).doesNotContain("href=\"/gestion\"");
    }

    @Test
    void aReferentSeesTheirCommunesAndTheDashboardAndTheMenuLeadsThere() throws Exception {
        String html = mvc.perform(get("/gestion").with(StaffSignIn.referentOf("17300")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Page page = Page.of(html).assertAccessibleShell();
        assertThat(page.h1()).isEqualTo("Gestion");
        assertThat(html).contains("href=\"/gestion\"", "href=\"/gestion/communes/17300\"", "Ma commune : La Rochelle",
                "href=\"/tableau-de-bord\"").doesNotContain("/gestion/coordination", "/gestion/administration",
                "/gestion/import");
    }

    @Test
    void aCoordinatorAndAnAdministratorSeeTheirSections() throws Exception {
        String coordinator = mvc.perform(get("/gestion").with(StaffSignIn.staff(List.of("COORDINATOR"), List.of())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(coordinator).contains("/gestion/coordination", "/gestion/import", "/tableau-de-bord")
                .doesNotContain("/gestion/administration", "/gestion/communes/");
        String admin = mvc.perform(get("/gestion").with(StaffSignIn.staff(List.of("ADMIN"), List.of())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(admin).contains("/gestion/administration")
                .doesNotContain("/gestion/coordination\"", "/gestion/import");
    }
}
