package fr.heurecivique.web;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A rendered page, read as a browser and a screen reader would. */
public final class Page {

    /** Issue 12: every page at most 150 KB without images (here, its HTML before compression). */
    static final int MAX_BYTES = 150 * 1024;

    private final Document document;
    private final int bytes;

    private Page(Document document, int bytes) {
        this.document = document;
        this.bytes = bytes;
    }

    public static Page of(String html) {
        return new Page(Jsoup.parse(html), html.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
    }

    public Document document() {
        return document;
    }

    /** The visible text, with the French number spaces as plain spaces. */
    public String text() {
        return document.body().text().replace('\u202f', ' ').replace('\u00a0', ' ');
    }

    public String h1() {
        Elements h1 = document.select("h1");
        assertThat(h1).as("exactly one h1").hasSize(1);
        return h1.text();
    }

    public String title() {
        return document.title();
    }

    public String csrfToken() {
        Element token = document.selectFirst("input[name=_csrf]");
        assertThat(token).as("the form's CSRF token").isNotNull();
        return token.attr("value");
    }

    public Element field(String id) {
        Element field = document.getElementById(id);
        assertThat(field).as("field #" + id).isNotNull();
        return field;
    }

    public String value(String id) {
        Element field = field(id);
        return field.tagName().equals("textarea") ? field.text() : field.attr("value");
    }

    /** The error summary's links, as {@code #id message}. */
    public List<String> errorSummary() {
        Element summary = document.getElementById("resume-erreurs");
        assertThat(summary).as("the error summary").isNotNull();
        assertThat(summary.attr("role")).isEqualTo("alert");
        return summary.select("a").stream().map(link -> link.attr("href") + " " + link.text()).toList();
    }

    public boolean hasErrorSummary() {
        return document.getElementById("resume-erreurs") != null;
    }

    /** The field's own error message, tied to it by aria-describedby, and the field marked invalid. */
    public String fieldError(String id) {
        Element field = field(id);
        assertThat(field.attr("aria-invalid")).as("#" + id + " aria-invalid").isEqualTo("true");
        Element error = document.getElementById(id + "-erreur");
        assertThat(error).as("#" + id + "'s error message").isNotNull();
        assertThat(field.attr("aria-describedby").split(" ")).as("#" + id + " aria-describedby")
                .contains(id + "-erreur");
        return error.text().replace("Erreur :", "").strip();
    }

    /**
     * What every page must have: French, a title, one h1, the skip link to the main landmark, header, menu and footer
     * landmarks, the accessibility status in the footer, every form control labelled, nothing loaded from elsewhere.
     */
    public Page assertAccessibleShell() {
        assertThat(document.selectFirst("html").attr("lang")).isEqualTo("fr");
        assertThat(bytes).as("page weight").isLessThan(MAX_BYTES);
        assertThat(document.title()).endsWith("– L’Heure Civique");
        h1();
        assertThat(document.select("main#contenu")).hasSize(1);
        assertThat(document.select("a.skip-link[href=#contenu]")).hasSize(1);
        assertThat(document.select("header.site-header")).hasSize(1);
        assertThat(document.select("footer.site-footer")).hasSize(1);
        assertThat(document.select("footer").text()).contains("Accessibilité");
        for (Element control : document.select("input:not([type=hidden]), select, textarea")) {
            assertThat(document.select("label[for=" + control.id() + "]")).as("label of #" + control.id())
                    .isNotEmpty();
        }
        for (Element resource : document.select("[src], link[href]")) {
            String url = resource.hasAttr("src") ? resource.attr("src") : resource.attr("href");
            assertThat(url).as("no request to another host").startsWith("/");
        }
        List<String> ids = document.select("[id]").eachAttr("id");
        assertThat(ids).as("ids are unique").doesNotHaveDuplicates();
        return this;
    }
}
