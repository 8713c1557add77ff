package fr.heurecivique.web.staff;

import fr.heurecivique.web.Page;
import fr.heurecivique.web.WebTestBase;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The administrator's pages over a stand-in gateway: admins only (a coordinator gets the French 403 page); the
 * account form checks its input (address, roles, the referent's communes chosen by name) before calling
 * identity-service; disabling posts to the account API; the audit log is searched by address, commune and dates.
 */
class AdministrationTest extends WebTestBase {

    static final String ACCOUNTS = """
            [{"id":"acc-1","email":"coordinator@demo.example.fr","displayName":"Coordination","roles":["COORDINATOR"],
              "communes":[],"enabled":true,"passwordChosen":true,"createdAt":"2026-01-01T00:00:00Z"},
             {"id":"acc-2","email":"referent@perigny.example","displayName":"Nadia Lambert","roles":["REFERENT"],
              "communes":["17274"],"enabled":false,"passwordChosen":true,"createdAt":"2026-01-01T00:00:00Z"}]""";

    @Test
    void aCoordinatorCannotOpenTheAdministratorsPages() throws Exception {
        for (String path : new String[] { "/gestion/administration", "/gestion/administration/comptes",
                "/gestion/administration/journal" }) {
            Page page = Page.of(mvc.perform(get(path).with(StaffSignIn.coordinator())).andExpect(status().isForbidden())
                    .andReturn().getResponse().getContentAsString()).assertAccessibleShell();
            assertThat(page.h1()).isEqualTo("Accès réservé");
            assertThat(page.text()).contains("réservée à l’administration du Département");
        }
        mvc.perform(post("/gestion/administration/comptes/acc-2/desactivation").with(StaffSignIn.coordinator())
                .with(csrf())).andExpect(status().isForbidden());
        assertThat(gateway.calls()).isEmpty();
    }

    @Test
    void theAccountsAreSearchedAndOneIsDisabled() throws Exception {
        gateway.answer("GET", "/api/accounts", 200, ACCOUNTS);
        Page page = Page.of(mvc.perform(get("/gestion/administration/comptes").param("q", "perigny")
                .param("role", "REFERENT").param("etat", "desactives").with(StaffSignIn.admin()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).assertAccessibleShell();
        assertThat(gateway.calls("GET", "/api/accounts").get(0).uri())
                .isEqualTo("/api/accounts?q=perigny&role=REFERENT&enabled=false");
        assertThat(page.text()).contains("Nadia Lambert", "désactivé", "Réactiver le compte de Nadia Lambert");

        gateway.answer("POST", "/api/accounts/acc-1/disable", 200, """
                {"id":"acc-1","email":"coordinator@demo.example.fr","displayName":"Coordination","roles":["COORDINATOR"],
                 "communes":[],"enabled":false,"passwordChosen":true}""");
        mvc.perform(post("/gestion/administration/comptes/acc-1/desactivation").with(StaffSignIn.admin()).with(csrf()))
                .andExpect(redirectedUrl("/gestion/administration/comptes"))
                .andExpect(flash().attribute("message", "Le compte de Coordination est désactivé : la personne ne "
                        + "peut plus se connecter."));
        gateway.answer("POST", "/api/accounts/acc-9/disable", 409, """
                {"title":"Conflit","status":409,"detail":"Vous ne pouvez pas désactiver votre propre compte."}""");
        mvc.perform(post("/gestion/administration/comptes/acc-9/desactivation").with(StaffSignIn.admin()).with(csrf()))
                .andExpect(redirectedUrl("/gestion/administration/comptes"))
                .andExpect(flash().attribute("warning", "Vous ne pouvez pas désactiver votre propre compte."));
    }

    @Test
    void theAccountFormChecksItsFieldsThenCreatesAReferentOfTheCommunesNamed() throws Exception {
        Page form = Page.of(mvc.perform(get("/gestion/administration/comptes/nouveau").with(StaffSignIn.admin()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).assertAccessibleShell();
        assertThat(form.h1()).isEqualTo("Créer un compte");

        Page bad = Page.of(mvc.perform(post("/gestion/administration/comptes").with(StaffSignIn.admin()).with(csrf())
                .param("email", "pas-une-adresse").param("displayName", "Marie Dupont").param("communeNames", "Paris"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(bad.errorSummary()).containsExactly(
                "#email Indiquez une adresse électronique valide, par exemple marie.dupont@charente-maritime.fr.",
                "#roles Cochez au moins un rôle.",
                "#communeNames Nous ne trouvons pas « Paris » parmi les communes de la Charente-Maritime.");
        assertThat(bad.value("displayName")).isEqualTo("Marie Dupont");
        Page noCommune = Page.of(mvc.perform(post("/gestion/administration/comptes").with(StaffSignIn.admin())
                .with(csrf()).param("email", "marie@perigny.example").param("displayName", "Marie Dupont")
                .param("roles", "REFERENT")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(noCommune.fieldError("communeNames")).isEqualTo("Indiquez la ou les communes du référent.");
        assertThat(gateway.calls("POST", "/api/accounts")).isEmpty();

        gateway.answer("POST", "/api/accounts", 201, """
                {"id":"acc-3","email":"marie@perigny.example","displayName":"Marie Dupont","roles":["REFERENT"],
                 "communes":["17274","17028"],"enabled":true,"passwordChosen":false}""");
        mvc.perform(post("/gestion/administration/comptes").with(StaffSignIn.admin()).with(csrf())
                .param("email", "marie@perigny.example").param("displayName", "Marie Dupont")
                .param("roles", "REFERENT").param("communeNames", "Périgny ; 17028"))
                .andExpect(redirectedUrl("/gestion/administration/comptes"));
        assertThat(gateway.calls("POST", "/api/accounts").get(0).body()).contains("\"roles\":[\"REFERENT\"]",
                "\"communes\":[\"17274\",\"17028\"]");

        gateway.answer("POST", "/api/accounts", 409, """
                {"title":"Conflit","status":409,"detail":"Un compte existe déjà avec cette adresse e-mail."}""");
        Page taken = Page.of(mvc.perform(post("/gestion/administration/comptes").with(StaffSignIn.admin()).with(csrf())
                .param("email", "marie@perigny.example").param("displayName", "Marie Dupont").param("roles", "ADMIN"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(taken.fieldError("email")).isEqualTo("Un compte existe déjà avec cette adresse e-mail.");
    }

    @Test
    void theAuditLogIsSearchedByAddressCommuneAndDaysAndNamesTheActors() throws Exception {
        gateway.answer("GET", "/api/accounts", 200, ACCOUNTS);
        gateway.answer("GET", "/api/audit", 200, """
                {"items":[{"id":"au-1","actor":"acc-1","actorRole":"COORDINATOR","action":"ROSTER_VIEWED",
                  "resourceType":"COMMUNE_ROSTER","resourceId":"17274","service":"volunteer-service",
                  "at":"2026-12-03T09:15:00Z"}],"page":0,"size":50,"totalItems":1}""");
        Page page = Page.of(mvc.perform(get("/gestion/administration/journal").with(StaffSignIn.admin())
                .param("acteur", "Coordinator@demo.example.fr").param("ressource", "Périgny")
                .param("du", "01/12/2026").param("au", "2026-12-31")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString()).assertAccessibleShell();
        assertThat(gateway.calls("GET", "/api/audit").get(0).uri()).isEqualTo("/api/audit?actor=acc-1&resource=17274"
                + "&from=2026-11-30T23:00:00Z&to=2026-12-31T23:00:00Z&page=0&size=50");
        assertThat(page.text()).contains("1 accès", "coordinator@demo.example.fr", "(coordination)",
                "Liste des bénévoles d’une commune consultée", "3 décembre 2026, 10h15");

        Page bad = Page.of(mvc.perform(get("/gestion/administration/journal").with(StaffSignIn.admin())
                .param("acteur", "inconnu@example.fr").param("du", "demain")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
        assertThat(bad.errorSummary()).containsExactly("#acteur Aucun compte n’a l’adresse « inconnu@example.fr ».",
                "#du Indiquez une date valide, par exemple 01/12/2026.");
    }
}
