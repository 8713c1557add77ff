package fr.heurecivique.system;

import fr.heurecivique.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The web client's forms as the browser tests fill them: their paths and their fields' ids (docs/web.md). */
final class WebForms {

    static final String SIGN_UP = "/inscription";
    static final String SUBMIT = "main form button[type=submit]";

    static final String FIRST_NAME = "firstName";
    static final String LAST_NAME = "lastName";
    static final String EMAIL = "email";
    static final String PHONE = "phone";
    static final String COMMUNE = "commune";
    static final String CONSENT_DATA = "consentDataProcessing";
    static final String CONSENT_EMAIL = "consentEmail";
    static final String CONSENT_SHARE = "consentShareWithCommune";

    /** The partnership form of a commune that is not yet a partner (on its page). */
    static String communePage(String insee) {
        return "/communes/" + insee;
    }

    static final String PARTNERSHIP_FIRST_NAME = "firstName";
    static final String PARTNERSHIP_LAST_NAME = "lastName";
    static final String PARTNERSHIP_ROLE = "role";
    static final String PARTNERSHIP_EMAIL = "email";
    static final String PARTNERSHIP_PHONE = "phone";

    private WebForms() {
    }

    static void fillSignUp(Browser browser, String firstName, String lastName, String email, String phone,
            String commune) {
        browser.type(FIRST_NAME, firstName).type(LAST_NAME, lastName).type(EMAIL, email).type(PHONE, phone);
        choose(browser, COMMUNE, commune);
        check(browser, CONSENT_DATA, true);
        check(browser, CONSENT_EMAIL, true);
        // shared with the commune: the roster shows the address, by which the tests find the record
        check(browser, CONSENT_SHARE, true);
    }

    /** Types into a text field, or picks the option of a list whose label starts with {@code value}. */
    static void choose(Browser browser, String id, String value) {
        WebElement field = browser.driver().findElement(By.id(id));
        if (field.getTagName().equals("select")) {
            Select select = new Select(field);
            for (WebElement option : select.getOptions()) {
                if (option.getText().startsWith(value)) {
                    select.selectByVisibleText(option.getText());
                    return;
                }
            }
            throw new AssertionError("No option " + value + " in #" + id);
        }
        browser.type(id, value);
    }

    static void check(Browser browser, String id, boolean checked) {
        WebElement box = browser.driver().findElement(By.id(id));
        if (box.isSelected() != checked) {
            // the label may cover the box (a larger touch target): click what a person clicks
            browser.driver().findElement(By.cssSelector("label[for='" + id + "']")).click();
        }
    }
}
