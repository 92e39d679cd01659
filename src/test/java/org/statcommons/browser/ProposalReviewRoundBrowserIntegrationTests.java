package org.statcommons.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.statcommons.access.CommunityRole;
import org.statcommons.community.Community;
import org.statcommons.identity.Account;
import org.statcommons.support.Chromium;
import org.statcommons.support.Fixtures;
import org.statcommons.support.Mailbox;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.TestSmtp;

/**
 * Issue 9's proposal round in a real browser: Ana (a member in Kathmandu, who may not edit directly) starts a new
 * page from a template through "New page", which opens a proposal; Ben (a facilitator in Paris) asks for changes;
 * Ana hears of it (notification and e-mail), edits the proposal's page in the browser and asks for review again;
 * Ben accepts it, and the page's history credits Ana. Nowhere outside "For Git users" do Git words show, and a
 * refusal shown to a signed-in person never offers "Sign in".
 */
@StatCommonsIntegrationTest
class ProposalReviewRoundBrowserIntegrationTests {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(TestSmtp.SETUP);

    private static final List<String> GIT_WORDS =
            List.of("branch", "proposals/", "Merge into main", "git fetch", "git push", "commit", "merged as");

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient db;

    @LocalServerPort
    int port;

    @Test
    void anaProposesANewPageFromATemplateBenAsksForChangesAnaImprovesItAndBenAcceptsIt() {
        Community community = fixtures.community("Data integration practice");
        Account ana = fixtures.member(community, "Ana Shrestha", CommunityRole.MEMBER);
        Account ben = fixtures.member(community, "Ben Laurent", CommunityRole.FACILITATOR);
        zone(ana, "Asia/Kathmandu");
        zone(ben, "Europe/Paris");
        // Ana wants every notification by e-mail at once
        db.sql("insert into notifications.people (account_id, default_choice) values (?, 'IMMEDIATE')")
                .param(ana.id())
                .update();
        String base = "http://localhost:" + port;
        String slug = community.slug();
        Mailbox mail = new Mailbox(smtp);

        try (Chromium browser = Chromium.start()) {
            BrowserSteps.signIn(browser, base, ana);
            browser.open(base + "/c/" + slug + "/space").follow("New page");
            assertThat(browser.heading()).isEqualTo("Propose a change");
            browser.fill("Page address", "methods/record-linkage").fill("Page title", "Record linkage");
            // choosing a template after typing keeps the title and the address
            browser.press("Case study");
            assertThat(browser.heading()).isEqualTo("Propose a change");
            assertThat(browser.field("Page address").getDomProperty("value")).isEqualTo("methods/record-linkage");
            assertThat(browser.field("Page title").getDomProperty("value")).isEqualTo("Record linkage");
            String text = browser.field("Text").getDomProperty("value");
            assertThat(text).contains("## The problem");
            browser.fill("Text", text.replace("Which office, which unit, when.", "Nepal's statistics office, 2026."))
                    .fill("What does your proposal change?", "A case study of record linkage")
                    .press("Propose");
            assertThat(browser.heading()).endsWith("A case study of record linkage");
            assertThat(status(browser)).isEqualTo("Waiting for review");
            assertThat(browser.mainText()).contains("Nepal's statistics office, 2026.", "new page");
            assertNoGitWords(browser);
            String proposal = browser.path();

            // a refusal to someone signed in: no "Sign in" in the header
            browser.open(base + "/c/" + slug + "/audit");
            assertThat(browser.heading()).isEqualTo("Not allowed");
            assertThat(header(browser)).contains("Sign out", "Ana Shrestha").doesNotContain("Sign in");
            browser.press("Sign out");

            BrowserSteps.signIn(browser, base, ben);
            browser.open(base + proposal);
            assertNoGitWords(browser);
            browser.driver()
                    .findElement(By.cssSelector("details.for-git summary"))
                    .click();
            assertThat(browser.mainText()).contains("git fetch origin proposals/");
            browser.fill("Note for the author (optional)", "Please say which identifiers were linked.")
                    .press("Ask for changes");
            assertThat(status(browser)).isEqualTo("Changes requested by Ben Laurent");
            browser.press("Sign out");

            Mailbox.Mail told = mail.await(ana.email(), "asks for changes");
            assertThat(told.body()).contains("Please say which identifiers were linked.");
            BrowserSteps.signIn(browser, base, ana);
            assertThat(header(browser)).contains("Notifications (1 unread)");
            browser.follow("Notifications (1 unread)")
                    .follow("Ben Laurent asks for changes to your proposal “A case study of record linkage”");
            assertThat(browser.path()).isEqualTo(proposal);
            assertThat(status(browser)).isEqualTo("Changes requested by Ben Laurent");
            browser.follow("Edit this page");
            assertThat(browser.heading()).isEqualTo("Edit Record linkage");
            String draft = browser.field("Text").getDomProperty("value");
            browser.fill("Text", draft.replace("What had to be solved", "Linking the census to the tax register"))
                    .press("Save in the proposal");
            assertThat(browser.path()).isEqualTo(proposal);
            assertThat(browser.mainText()).contains("Saved in the proposal", "Linking the census to the tax register");
            assertThat(status(browser)).isEqualTo("Changes requested by Ben Laurent");
            browser.fill("What you changed (optional)", "Named the census and the tax register.")
                    .press("Ask for review again");
            assertThat(status(browser)).isEqualTo("Waiting for review");
            assertThat(browser.mainText()).contains("asked for review again");
            browser.press("Sign out");

            BrowserSteps.signIn(browser, base, ben);
            assertThat(header(browser)).contains("unread");
            browser.open(base + proposal);
            assertThat(browser.mainText()).contains("Linking the census to the tax register");
            browser.press("Accept and publish into the space");
            assertThat(status(browser)).isEqualTo("Accepted into the space by Ben Laurent");
            assertThat(browser.mainText()).contains("Accepted: the changes are now in the space.");
            assertNoGitWords(browser);
            browser.screenshot("issue9-proposal-accepted");

            browser.open(base + "/c/" + slug + "/space/methods/record-linkage");
            assertThat(browser.heading()).isEqualTo("Record linkage");
            assertThat(browser.mainText()).contains("Linking the census to the tax register");
            browser.follow("History");
            assertThat(browser.mainText()).contains("Ana Shrestha");
            browser.open(base + "/c/" + slug + "/space/methods/record-linkage").follow("Who wrote what");
            assertThat(browser.mainText()).contains("Ana Shrestha").doesNotContain("Ben Laurent");
        }
    }

    private void zone(Account account, String zone) {
        db.sql("update identity.accounts set time_zone = ? where id = ?")
                .params(zone, account.id())
                .update();
    }

    private static void assertNoGitWords(Chromium browser) {
        // the folded "For Git users" part is not shown, so its words are not in the visible text
        String visible = browser.mainText();
        for (String word : GIT_WORDS) {
            assertThat(visible).as("visible text without Git words").doesNotContainIgnoringCase(word);
        }
        assertThat(visible).contains("For Git users");
    }

    private static String status(Chromium browser) {
        return browser.driver().findElement(By.id("status")).getText();
    }

    private static String header(Chromium browser) {
        return browser.driver().findElement(By.cssSelector("header.site")).getText();
    }
}
