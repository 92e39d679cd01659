package org.statcommons.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.statcommons.access.PlatformRole;
import org.statcommons.identity.Account;
import org.statcommons.support.Chromium;
import org.statcommons.support.Fixtures;
import org.statcommons.support.StatCommonsIntegrationTest;

/**
 * The first steps on a new server, in a real browser: the set-up link printed at start creates the first
 * administrator, whose home page lists the next steps and ticks them off; they open a community; a new member
 * joins and is welcomed with what to do first, finds "leave" only in the members tab behind a confirmation, and
 * fills in their languages with checkboxes and a typed list, without script.
 */
@StatCommonsIntegrationTest
// a server of its own: the set-up link exists only on an empty database, and is printed when it starts
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class FirstStepsBrowserIntegrationTests {

    private static final Pattern SETUP_LINK =
            Pattern.compile("open (\\S+/setup/\\S+) to create the first administrator");
    private static final String COMMUNITY = "Data integration";

    /** Issue 9: pages stay light enough for a 2G connection (compressed, as they are sent). */
    private static final int PAGE_LIMIT = 30 * 1024;

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Test
    void aNewServerGuidesItsAdministratorAndWelcomesANewMember(CapturedOutput output) {
        Matcher printed = SETUP_LINK.matcher(output.getOut());
        assertThat(printed.find()).as("set-up link on the console").isTrue();
        URI link = URI.create(printed.group(1));
        assertThat(link.getPort()).as("the printed link points at this server").isEqualTo(port);
        assertThat(printed.find()).as("the set-up link printed once").isFalse();
        String base = "http://localhost:" + port;

        try (Chromium browser = Chromium.start()) {
            browser.open(link.toString());
            assertThat(browser.heading()).isEqualTo("Create the first administrator");
            browser.fill("E-mail address", "Amina.Diallo@Stats.Example.org")
                    .fill("Password", "river lantern copper meadow")
                    .fill("Name", "Amina Diallo")
                    .fill("Organisation", "Agence nationale de la statistique");
            // no kind of organisation is chosen for anyone: the browser asks for one (and the server would too)
            Select kind = new Select(browser.field("Kind of organisation"));
            assertThat(kind.getFirstSelectedOption().getText()).isEqualTo("— Choose —");
            assertThat(kind.getWrappedElement().getDomProperty("required")).isEqualTo("true");
            browser.choose("Kind of organisation", "International or regional organisation")
                    .press("Create administrator");

            // the home page says what to do next; the relay of this test server is set already
            assertThat(browser.path()).as(browser.mainText()).isEqualTo("/");
            assertThat(header(browser))
                    .contains("Amina Diallo", "Administration", "Sign out")
                    .doesNotContain("Sign in");
            assertThat(browser.mainText())
                    .contains("Welcome! Your next steps", "Create a community", "Invite people", "Set the mail relay");
            assertThat(steps(browser))
                    .containsExactly("Create a community", "Invite people", "Set the mail relay Done");
            browser.screenshot("first-steps-next-steps");

            browser.follow("Create a community")
                    .fill("Address", "data-integration")
                    .fill("Name", COMMUNITY)
                    .fill("Purpose", "Integrating administrative and survey data in official statistics.")
                    .tick("Open: anyone signed in may join")
                    .press("Create community");
            assertThat(browser.path()).isEqualTo("/c/data-integration");
            browser.open(base + "/");
            assertThat(steps(browser))
                    .containsExactly("Create a community Done", "Invite people", "Set the mail relay Done");
            browser.press("Sign out");

            // a new member joins and is welcomed; leaving is not on their first screen
            Account member = fixtures.newcomer("Sione Tuilagi", PlatformRole.NONE);
            browser.open(base + "/sign-in")
                    .fill("E-mail address", member.email())
                    .fill("Password", Fixtures.PASSWORD)
                    .press("Sign in");
            browser.open(base + "/c/data-integration")
                    .follow("Join this community")
                    .tick("I have read and accept the code of conduct (version 1).")
                    .press("Join");
            assertThat(browser.path()).isEqualTo("/c/data-integration");
            assertThat(browser.mainText())
                    .contains("Welcome to " + COMMUNITY, "What to do first:")
                    .doesNotContain("Leave this community");
            assertThat(steps(browser))
                    .startsWith(
                            "Fill in your profile",
                            "Read the community's start page",
                            "Introduce yourself in Discussions");
            assertThat(compressed(browser)).isLessThan(PAGE_LIMIT);
            browser.screenshot("first-steps-member-welcome");

            browser.follow("Members").follow("Leave this community…");
            assertThat(browser.heading()).isEqualTo("Leave " + COMMUNITY + "?");
            assertThat(browser.mainText()).contains("If you leave:", "you can join again at any time.");
            browser.follow("Stay");
            assertThat(browser.mainText()).as("still a member").contains("Your membership", "Sione Tuilagi");

            // languages: common ones as checkboxes, the others typed by name with suggestions
            browser.open(base + "/c/data-integration").follow("Fill in your profile");
            assertThat(browser.path()).isEqualTo("/account");
            assertThat(compressed(browser)).as("the profile page's size").isLessThan(PAGE_LIMIT);
            browser.tick("English")
                    .tick("French")
                    .fill("Other languages", "Samoan, Klingonese")
                    .choose("Country", "Samoa")
                    .chooseValue("Time zone", "Pacific/Apia")
                    .press("Save profile");
            assertThat(browser.mainText()).contains("We do not know the language “Klingonese”");
            assertThat(browser.field("English").isSelected())
                    .as("kept as ticked")
                    .isTrue();
            browser.fill("Other languages", "Samoan, Nepali").press("Save profile");
            assertThat(browser.mainText()).doesNotContain("We do not know");
            browser.open(base + "/account");
            assertThat(browser.field("English").isSelected()).isTrue();
            assertThat(browser.field("French").isSelected()).isTrue();
            assertThat(browser.field("Spanish").isSelected()).isFalse();
            assertThat(browser.field("Other languages").getDomProperty("value")).isEqualTo("Samoan, Nepali");
            browser.screenshot("first-steps-languages");

            browser.open(base + "/c/data-integration");
            assertThat(steps(browser)).first().isEqualTo("Fill in your profile Done");

            // the set-up link worked once
            browser.press("Sign out").open(link.toString());
            assertThat(browser.heading()).isEqualTo("Set-up link not valid");
            assertThat(browser.driver().findElements(By.id("password"))).isEmpty();
        }
    }

    private static List<String> steps(Chromium browser) {
        return browser.driver().findElements(By.cssSelector("ol.steps > li")).stream()
                .map(li -> li.findElement(By.tagName("a")).getText()
                        + li.findElements(By.cssSelector(".tag")).stream()
                                .map(WebElement::getText)
                                .map(tag -> " " + tag)
                                .findFirst()
                                .orElse(""))
                .toList();
    }

    /** The page's size as the server sends it, gzip-compressed. */
    private static int compressed(Chromium browser) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write(browser.driver().getPageSource().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.size();
    }

    private static String header(Chromium browser) {
        return browser.driver().findElement(By.cssSelector("header.site")).getText();
    }
}
