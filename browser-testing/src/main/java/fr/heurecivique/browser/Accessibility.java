package fr.heurecivique.browser;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

import java.util.List;
import java.util.stream.Collectors;

/**
 * axe-core's automated checks of WCAG 2.1 levels A and AA on the page the browser shows, and an assertion that lists
 * each violation readably (rule, impact, help, the elements at fault and what fails on each).
 */
public final class Accessibility {

    /** The rule sets of the RGAA obligation (WCAG 2.1 A and AA). */
    public static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private Accessibility() {
    }

    /** Runs axe-core on the current page of {@code browser}. */
    public static Results analyze(Browser browser) {
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser.driver());
        if (results.isErrored()) {
            throw new IllegalStateException("axe-core could not check " + browser.url() + ": "
                    + results.getErrorMessage());
        }
        return results;
    }

    /** Fails, naming every violation, unless axe-core finds none on the current page. */
    public static void assertNoViolations(Browser browser) {
        Results results = analyze(browser);
        if (!results.getViolations().isEmpty()) {
            throw new AssertionError(report(browser.url() + " (" + browser.viewport().name().toLowerCase() + ")",
                    results.getViolations()));
        }
    }

    /** A readable list of {@code violations}, one block per rule. */
    public static String report(String page, List<Rule> violations) {
        return violations.stream().map(Accessibility::describe).collect(Collectors.joining("\n",
                "axe-core found " + violations.size() + " WCAG 2.1 A/AA violation(s) on " + page + ":\n", ""));
    }

    private static String describe(Rule rule) {
        return "- " + rule.getId() + " [" + rule.getImpact() + "] " + rule.getHelp() + " (" + rule.getHelpUrl() + ")"
                + rule.getNodes().stream().map(Accessibility::describe).collect(Collectors.joining());
    }

    private static String describe(CheckedNode node) {
        String summary = node.getFailureSummary() == null ? "" : node.getFailureSummary().replace("\n", " ");
        return "\n    at " + node.getTarget() + ": " + summary;
    }
}
