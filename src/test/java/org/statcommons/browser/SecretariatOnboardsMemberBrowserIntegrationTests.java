package org.statcommons.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.statcommons.access.PlatformRole;
import org.statcommons.identity.Account;
import org.statcommons.support.Chromium;
import org.statcommons.support.Fixtures;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.TestSmtp;

/**
 * Issue 2's story in a real browser: a secretariat member signs in, creates a community and invites a person
 * by e-mail; the person opens the link from the message, creates an account, accepts the code of conduct and
 * appears in the member directory when it is filtered by their country.
 */
@StatCommonsIntegrationTest
class SecretariatOnboardsMemberBrowserIntegrationTests {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(TestSmtp.SETUP);

    private static final String COMMUNITY = "Gender statistics in West Africa";
    private static final String INVITEE_NAME = "Awa Ndiaye";

    @Autowired
    Fixtures fixtures;

    @LocalServerPort
    int port;

    @Test
    void secretariatInvitesByEmailAndTheNewMemberAppearsInTheDirectory() throws Exception {
        Account secretariat = fixtures.newcomer("Sofia Lindqvist", PlatformRole.SECRETARIAT);
        String slug = "gender-stats-" + UUID.randomUUID().toString().substring(0, 8);
        String invitee = "awa.ndiaye." + slug + "@ansd.example.sn";
        String base = "http://localhost:" + port;

        try (Chromium browser = Chromium.start()) {
            browser.open(base + "/sign-in")
                    .fill("E-mail address", secretariat.email())
                    .fill("Password", Fixtures.PASSWORD)
                    .press("Sign in");
            assertThat(header(browser)).contains("Sofia Lindqvist", "Sign out");

            browser.follow("Create a community")
                    .fill("Address", slug)
                    .fill("Name", COMMUNITY)
                    .fill("Purpose", "National statistical offices and civil society improving gender data together.")
                    .fill(
                            "Description",
                            "## What we do\n\nWebinars on time-use surveys and a library of *country* examples.")
                    .tick("By invitation only")
                    .press("Create community");
            assertThat(browser.path()).isEqualTo("/c/" + slug);
            assertThat(browser.heading()).isEqualTo(COMMUNITY);
            assertThat(browser.mainText()).contains("You are its secretariat", "Sofia Lindqvist", "time-use surveys");

            browser.follow("Invitations")
                    .fill("E-mail address", invitee)
                    .choose("Role", "Member")
                    .fill(
                            "Personal message (optional)",
                            "Bienvenue, Awa — we would value your experience with the time-use survey.")
                    .press("Send invitation");
            assertThat(browser.mainText()).contains("Invitation sent to " + invitee);
            browser.press("Sign out");
            assertThat(header(browser)).contains("Sign in").doesNotContain("Sofia Lindqvist");

            String link = invitationLink(invitee, base);
            browser.open(link);
            assertThat(browser.heading()).isEqualTo("Invitation to " + COMMUNITY);
            assertThat(browser.mainText()).contains("Sofia Lindqvist", invitee, "Bienvenue, Awa");
            browser.fill("Password", "baobab harmattan ledger 1960")
                    .fill("Name", INVITEE_NAME)
                    .fill("Organisation", "Agence nationale de la statistique et de la démographie")
                    .choose("Kind of organisation", "National statistical office")
                    .choose("Country", "Senegal")
                    .tick("I have read and accept the code of conduct (version 1).");
            browser.screenshot("invitation-new-account");
            browser.press("Create account and join");
            assertThat(browser.path()).isEqualTo("/c/" + slug);
            assertThat(header(browser)).contains(INVITEE_NAME, "Sign out");
            assertThat(browser.mainText()).contains("Welcome to StatCommons and to " + COMMUNITY, "Senegal");
            browser.screenshot("community-landing-after-joining");

            browser.follow("Members").chooseValue("Country", "SN").press("Filter");
            List<String> rows = browser.driver().findElements(By.cssSelector("main table tbody tr")).stream()
                    .map(WebElement::getText)
                    .toList();
            assertThat(rows).hasSize(1);
            assertThat(rows.get(0))
                    .contains(
                            INVITEE_NAME,
                            "Agence nationale de la statistique et de la démographie",
                            "Senegal",
                            "Member");
            assertThat(browser.driver()
                            .findElement(By.cssSelector("main table caption"))
                            .getText())
                    .isEqualTo("1 of 2 members");
            browser.screenshot("member-directory-by-country");

            // the link worked once: opened again, it no longer offers to create an account
            browser.open(link);
            assertThat(browser.driver().findElements(By.id("password"))).isEmpty();
        }
    }

    private static String header(Chromium browser) {
        return browser.driver().findElement(By.cssSelector("header.site")).getText();
    }

    /** Waits for the invitation to arrive over SMTP and reads the link a person would click. */
    private static String invitationLink(String to, String base) throws Exception {
        Pattern link = Pattern.compile(Pattern.quote(base) + "/invitations/[A-Za-z0-9_-]+");
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            for (MimeMessage message : mail.getReceivedMessages()) {
                if (!message.getAllRecipients()[0].toString().equals(to)) {
                    continue;
                }
                assertThat(message.getSubject()).isEqualTo("Invitation to " + COMMUNITY);
                Matcher found = link.matcher((String) message.getContent());
                assertThat(found.find()).as("a link in the invitation").isTrue();
                return found.group();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no invitation e-mail to " + to + " within 30 s");
    }
}
