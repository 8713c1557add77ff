package fr.heurecivique.web.dashboard;

import fr.heurecivique.web.Page;
import fr.heurecivique.web.WebTestBase;
import fr.heurecivique.web.WebTestSupport;
import fr.heurecivique.web.staff.imports.StaffSignIn;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** "Tableau de bord": public figures for all, the detailed ones for staff only, SVG drawn here, CSV downloads. */
class DashboardTest extends WebTestBase {

    @BeforeEach
    void figures() {
        gateway.answer("GET", "/api/stats", 200, """
                {"month":"2026-12","year":2026,"volunteers":2214,"activeVolunteers":1800,
                 "departement":{"code":"17","name":"Charente-Maritime","minutesThisMonth":600,"minutesThisYear":6000},
                 "communes":[{"code":"17300","name":"La Rochelle","minutesThisMonth":120,"minutesThisYear":4500},
                             {"code":"17010","name":"Angoulins","minutesThisMonth":0,"minutesThisYear":1500}],
                 "kindsOfHelp":[],
                 "partners":[{"code":"EVIL","name":"=HYPERLINK(\\"http://x\\")","minutesThisMonth":0,"minutesThisYear":90},
                             {"code":"MUTUALIA","name":"Mutualia","minutesThisMonth":60,"minutesThisYear":900}]}""");
        gateway.answer("GET", "/api/communes/figures", 200, """
                {"communes":462,"partnerCommunes":2}""");
        gateway.answer("GET", "/api/communes/map", 200, """
                {"communes":[
                 {"inseeCode":"17010","name":"Angoulins","population":4000,"latitude":46.1,"longitude":-1.1,"partnershipStatus":"PARTNER"},
                 {"inseeCode":"17299","name":"Rochefort","population":24000,"latitude":45.94,"longitude":-0.96,"partnershipStatus":"CONTACTED"},
                 {"inseeCode":"17300","name":"La Rochelle","population":77000,"latitude":46.16,"longitude":-1.15,"partnershipStatus":"PARTNER"},
                 {"inseeCode":"17002","name":"Agudelle","population":131,"latitude":45.38,"longitude":-0.47,"partnershipStatus":"NONE"}]}""");
        gateway.answer("GET", "/api/stats/months", 200, """
                {"months":["2026-11","2026-12"],
                 "departement":{"code":"17","name":"Charente-Maritime","minutes":[300,600],"total":900},
                 "communes":[{"code":"17300","name":"La Rochelle","minutes":[0,120],"total":120}],
                 "partners":[{"code":"MUTUALIA","name":"Mutualia","minutes":[0,60],"total":60}]}""");
        gateway.answer("GET", "/api/volunteers/figures", 200, """
                {"total":10,"byStatus":{"REGISTERED":5,"ACTIVE":3,"PAUSED":1,"WITHDRAWN":1},
                 "funnel":{"SIGNED_UP":10,"SESSION_ATTENDED":6,"INTERVIEWED":4,"ACTIVE":3}}""");
    }

    private Document page(org.springframework.test.web.servlet.request.RequestPostProcessor who) throws Exception {
        var request = get("/tableau-de-bord");
        String html = mvc.perform(who == null ? request : request.with(who)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        Page page = Page.of(html);
        page.assertAccessibleShell();
        assertThat(page.h1()).isEqualTo("Tableau de bord du Département");
        return page.document();
    }

    @Test
    void everyoneSeesThePublicFiguresTheChartWithItsTableAndTheMapButNothingDetailed() throws Exception {
        Document page = page(null);
        assertThat(page.getElementById("chiffre-heures-annee").text()).isEqualTo("100 h");
        assertThat(page.getElementById("chiffre-communes").text()).isEqualTo("2");
        // The bar chart: an SVG image named by its title and description, and its table.
        assertThat(page.select("#heures-communes-titre").text()).isEqualTo("Heures données par commune en 2026");
        assertThat(page.select("svg[role=img]").first().attr("aria-labelledby"))
                .isEqualTo("heures-communes-titre heures-communes-desc");
        assertThat(page.select("svg rect")).isNotEmpty();
        assertThat(page.getElementById("heures-communes-tableau").text()).contains("La Rochelle 75 h", "Angoulins 25 h");
        // The map: every commune drawn, its status told by shape, and the table of the marked ones.
        assertThat(page.select("svg.map-svg circle, svg.map-svg rect")).hasSize(4);
        assertThat(page.select("svg.map-svg rect")).hasSize(1);
        assertThat(page.select("svg.map-svg g title").eachText()).contains("La Rochelle : partenaire, 75 h cette année",
                "Rochefort : contactée");
        assertThat(page.getElementById("carte-tableau").text()).contains("Rochefort contactée 0 h")
                .doesNotContain("Agudelle");
        // Nothing for staff only: no monthly, partners, statuses or funnel.
        assertThat(page.text()).doesNotContain("Heures données par mois", "Mutualia", "parcours d’engagement",
                "Actifs aujourd’hui");
        assertThat(gateway.calls("GET", "/api/stats/months")).isEmpty();
        assertThat(gateway.calls("GET", "/api/volunteers/figures")).isEmpty();
    }

    @Test
    void aVolunteerOrAReferentSeesThePublicPartOnly() throws Exception {
        assertThat(page(WebTestSupport.volunteer("vol-1")).text()).doesNotContain("Heures données par mois");
        assertThat(page(StaffSignIn.as("REFERENT")).text()).doesNotContain("Heures données par mois");
    }

    @Test
    void coordinatorsAndAdminsSeeTheDetailedFiguresToo() throws Exception {
        for (String role : new String[] { "COORDINATOR", "ADMIN" }) {
            Document page = page(StaffSignIn.as(role));
            assertThat(page.getElementById("heures-mois-tableau").text()).contains("Novembre 2026 5 h",
                    "Décembre 2026 10 h");
            assertThat(page.getElementById("heures-partenaires-tableau").text()).contains("Mutualia 15 h");
            assertThat(page.getElementById("benevoles-statuts-tableau").text()).contains("Actifs 3", "En pause 1");
            assertThat(page.getElementById("parcours-tableau").text()).contains("Inscrits 10",
                    "Visio suivie 6", "Entretien passé 4", "Actifs aujourd’hui 3");
        }
        assertThat(gateway.calls("GET", "/api/stats/months")).first().satisfies(call -> assertThat(
                call.header("Authorization")).isEqualTo("Bearer " + StaffSignIn.accessToken("COORDINATOR")));
    }

    @Test
    void theDownloadsAreCsvForSpreadsheetsAndTheDetailedOnesAreForStaffOnly() throws Exception {
        String communes = mvc.perform(get("/tableau-de-bord/communes.csv")).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"heure-civique-communes.csv\""))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(communes).startsWith("\uFEFFCode INSEE;Commune;Minutes ce mois-ci;Minutes cette année\r\n")
                .contains("17300;La Rochelle;120;4500");
        String map = mvc.perform(get("/tableau-de-bord/carte.csv")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(map).contains("17002;Agudelle;non partenaire;0", "17299;Rochefort;contactée;0");

        mvc.perform(get("/tableau-de-bord/partenaires.csv")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/tableau-de-bord/partenaires.csv").with(WebTestSupport.volunteer("vol-1")))
                .andExpect(status().isForbidden());
        String partners = mvc.perform(get("/tableau-de-bord/partenaires.csv").with(StaffSignIn.as("COORDINATOR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        // A name that a spreadsheet would run as a formula is made inert.
        assertThat(partners).contains("Mutualia;900", "\"'=HYPERLINK(\"\"http://x\"\")\";90");
        String months = mvc.perform(get("/tableau-de-bord/mois.csv").with(StaffSignIn.as("ADMIN")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(months).contains("Niveau;Code;Nom;2026-11;2026-12;Total", "Commune;17300;La Rochelle;0;120;120");
        mvc.perform(get("/tableau-de-bord/inconnu.csv")).andExpect(status().isNotFound());
    }
}
