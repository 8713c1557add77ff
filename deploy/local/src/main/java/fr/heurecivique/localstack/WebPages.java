package fr.heurecivique.localstack;

import java.util.List;

/**
 * The web client's pages, in one place for the browser tests (system-tests: every page checked by axe-core in both
 * viewports) and {@code ./heure-civique bench web}: the public ones, and the volunteer's space once signed in. The
 * paths are those {@code web} serves through the gateway (docs/web.md); a new page is added here.
 */
public final class WebPages {

    /** A page: its path through the gateway, and what it is (for reports). */
    public record Page(String path, String name) {
    }

    /** Anyone's pages (with the demo data: Rochefort is a partner commune, La Rochelle is not). */
    public static final List<Page> PUBLIC = List.of(
            new Page("/", "home"),
            new Page("/communes", "find my commune"),
            new Page("/communes?q=roch", "commune search"),
            new Page("/communes/17299", "partner commune"),
            new Page("/communes/17300", "commune not yet a partner, with the partnership form"),
            new Page("/visios", "upcoming video sessions"),
            new Page("/inscription", "sign-up form"),
            new Page("/mentions-legales", "legal notice"),
            new Page("/donnees-personnelles", "personal data"),
            new Page("/accessibilite", "accessibility statement"),
            new Page("/plan-du-site", "site map"),
            new Page("/hors-ligne", "offline page"));

    /** The volunteer's space, signed in (a demo volunteer onboarded by {@code --demo}). */
    public static final List<Page> VOLUNTEER = List.of(
            new Page("/mon-espace", "volunteer's space: the journey and the next step"),
            new Page("/mon-espace/visios", "book or move the video session"),
            new Page("/mon-espace/propositions", "proposals, accept or decline"),
            new Page("/mon-espace/missions", "missions and hours against the pledge"),
            new Page("/mon-espace/profil", "profile, perimeter, consents and channels"),
            new Page("/mon-espace/participation", "pause, resume, withdraw"),
            new Page("/mon-espace/participation/retrait", "withdrawal confirmation"),
            new Page("/mon-espace/mes-donnees", "download my data"),
            new Page("/mon-espace/supprimer-mon-compte", "delete my account: confirmation"));

    /** A demo volunteer with a perimeter, a proposal to answer and demo-account credentials (docs/security.md). */
    public static final String DEMO_VOLUNTEER = "claire.martin@example.fr";

    private WebPages() {
    }
}
