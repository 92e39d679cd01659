package org.statcommons.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.statcommons.identity.Account;
import org.statcommons.support.Chromium;
import org.statcommons.support.Fixtures;

/**
 * Steps the browser stories share: signing in, reading and answering a meeting poll as its invitee, and unpacking a
 * course's offline zip.
 */
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

    /** A course's offline zip unpacked into a new folder, as a learner would, every entry checked to stay inside. */
    static Path unzip(Path zip) {
        try {
            Path directory = Files.createTempDirectory("offline-course");
            try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(Files.readAllBytes(zip)))) {
                for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                    Path file = directory.resolve(entry.getName()).normalize();
                    assertThat(file.startsWith(directory)).as(entry.getName()).isTrue();
                    Files.createDirectories(file.getParent());
                    Files.write(file, in.readAllBytes());
                }
            }
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
