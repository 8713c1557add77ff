package fr.heurecivique.system;

import fr.heurecivique.browser.Browser;
import fr.heurecivique.browser.Viewport;
import fr.heurecivique.localstack.WebPages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page of the web client ({@link WebPages}), signed out and signed in as a demo volunteer, in the desktop and
 * the phone viewport, in real headless Chromium: 0 axe-core violations of WCAG 2.1 A and AA, one {@code h1}, no
 * horizontal scrolling, and no request to another host (issue 12). One platform and one browser for the JVM.
 */
class WebPagesSystemIT {

    private static WebSite site;

    @BeforeAll
    static void platform() {
        site = WebSite.withDemoData();
    }

    @TestFactory
    List<DynamicTest> everyPublicPageSignedOut() {
        Browser browser = Browser.shared();
        site.signOut(browser);
        List<DynamicTest> tests = new ArrayList<>();
        for (Viewport viewport : Viewport.values()) {
            for (WebPages.Page page : WebPages.PUBLIC) {
                tests.add(DynamicTest.dynamicTest(viewport.name().toLowerCase() + " " + page.path(), () -> {
                    HttpResponse<String> answer = site.platform().get(page.path());
                    assertThat(answer.statusCode()).as(page.path()).isEqualTo(200);
                    site.open(browser.use(viewport), page.path());
                    site.assertSoundPage(browser, page.path());
                    if (viewport == Viewport.PHONE && page.path().equals("/")) {
                        site.screenshot(browser, "home-phone");
                    }
                }));
            }
        }
        return tests;
    }

    @TestFactory
    List<DynamicTest> everyPageSignedInAsADemoVolunteer() {
        Browser browser = Browser.shared();
        List<DynamicTest> tests = new ArrayList<>();
        tests.add(DynamicTest.dynamicTest("sign in as a demo volunteer", () -> {
            site.signOut(browser.use(Viewport.DESKTOP));
            site.signIn(browser, WebPages.VOLUNTEER.get(0).path(), WebPages.DEMO_VOLUNTEER,
                    RunningPlatform.DemoAccount.PASSWORD);
        }));
        List<WebPages.Page> pages = new ArrayList<>(WebPages.VOLUNTEER);
        pages.addAll(WebPages.PUBLIC);
        for (Viewport viewport : Viewport.values()) {
            for (WebPages.Page page : pages) {
                tests.add(DynamicTest.dynamicTest(viewport.name().toLowerCase() + " " + page.path() + " signed in", () -> {
                    site.open(browser.use(viewport), page.path());
                    site.assertSoundPage(browser, page.path());
                    if (viewport == Viewport.DESKTOP && page.path().equals(WebPages.VOLUNTEER.get(0).path())) {
                        site.screenshot(browser, "volunteer-space");
                    }
                }));
            }
        }
        tests.add(DynamicTest.dynamicTest("signed out again", () -> site.signOut(browser.use(Viewport.DESKTOP))));
        return tests;
    }
}
