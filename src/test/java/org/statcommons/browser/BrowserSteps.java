package org.statcommons.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.statcommons.identity.Account;
import org.statcommons.support.Chromium;
import org.statcommons.support.Fixtures;

/** Steps the browser stories share: signing in, and reading and answering a meeting poll as its invitee. */
final class BrowserSteps {

    private BrowserSteps() {}

    /** Signs in on the sign-in page with the fixtures' password. */
    static void signIn(Chromium browser, String base, Account account) {
        browser.open(base + "/sign-in")
                .fill("E-mail address", account.email())
                .fill("Password", Fixtures.PASSWORD)
                .press("Sign in");
    }

    /** The proposed times of the poll's answer form, as its legends read ("… your weekend" on the reader's own). */
    static List<String> legends(Chromium browser) {
        return browser.driver().findElements(By.cssSelector("#answer-form legend")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** Picks one answer per proposed time, in the order shown. */
    static void answer(Chromium browser, String... answers) {
        List<WebElement> fieldsets = browser.driver().findElements(By.cssSelector("#answer-form fieldset"));
        assertThat(fieldsets).hasSize(answers.length);
        for (int i = 0; i < answers.length; i++) {
            fieldsets
                    .get(i)
                    .findElement(By.cssSelector("input[value=" + answers[i] + "]"))
                    .click();
        }
    }

    /** The first number the pattern's group finds in an answer's body (an id in JSON). */
    static long firstNumber(String pattern, String body) {
        Matcher m = Pattern.compile(pattern).matcher(body);
        assertThat(m.find()).as(body).isTrue();
        return Long.parseLong(m.group(1));
    }
}
