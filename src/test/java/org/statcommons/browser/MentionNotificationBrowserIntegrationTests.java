package org.statcommons.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.statcommons.access.CommunityRole;
import org.statcommons.community.Community;
import org.statcommons.content.Author;
import org.statcommons.content.PageEdit;
import org.statcommons.content.SavePage;
import org.statcommons.identity.Account;
import org.statcommons.support.Chromium;
import org.statcommons.support.Fixtures;
import org.statcommons.support.StatCommonsIntegrationTest;

/**
 * A member is mentioned in a comment and finds it in a real browser: the header counts it, the notifications
 * page lists it, opening it leads to the thread and marks it read; she follows the page's comments, then
 * chooses a weekly digest for the community on her notification choices.
 */
@StatCommonsIntegrationTest
class MentionNotificationBrowserIntegrationTests {

    @Autowired
    Fixtures fixtures;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @Autowired
    SavePage savePage;

    @Test
    void aMentionIsCountedListedOpenedAndTheCommunityPutOnAWeeklyDigest() {
        Community community = fixtures.community("Time-use surveys");
        Account kofi = fixtures.member(community, "Kofi Mensah", CommunityRole.FACILITATOR);
        Account leila = fixtures.member(community, "Leila Haddad", CommunityRole.MEMBER);
        savePage.save(
                community.id(),
                new PageEdit("diary-design.md", "Diary design", "Ten-minute slots.", null, ""),
                new Author("Kofi Mensah", kofi.email()));
        String page = "/c/" + community.slug() + "/space/diary-design";
        var posted = fixtures.signedIn(kofi)
                .submitNoFollow(
                        "/c/" + community.slug() + "/page-comments/diary-design",
                        java.util.Map.of("body", "@\"Leila Haddad\", does the pilot use ten-minute slots?"));
        assertThat(posted.status()).isEqualTo(302);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> db.sql("select count(*) from notifications.notices where account_id = ?")
                                .param(leila.id())
                                .query(Integer.class)
                                .single()
                        == 1);

        String base = "http://localhost:" + port;
        try (Chromium browser = Chromium.start()) {
            browser.open(base + "/sign-in")
                    .fill("E-mail address", leila.email())
                    .fill("Password", Fixtures.PASSWORD)
                    .press("Sign in");
            assertThat(header(browser)).contains("Notifications (1 unread)");

            browser.follow("Notifications (1 unread)");
            assertThat(browser.heading()).isEqualTo("Notifications");
            assertThat(browser.mainText())
                    .contains(
                            "New",
                            "Kofi Mensah mentioned you on “Diary design”",
                            "Time-use surveys",
                            "You were mentioned",
                            "does the pilot use ten-minute slots?");
            browser.screenshot("notifications-page");

            browser.follow("Kofi Mensah mentioned you on “Diary design”");
            assertThat(browser.path()).isEqualTo(page);
            assertThat(browser.mainText()).contains("does the pilot use ten-minute slots?");
            assertThat(header(browser)).contains("Notifications").doesNotContain("unread");
            browser.press("Follow comments on this page");
            assertThat(browser.mainText())
                    .contains("You follow the comments on this page.", "Stop following comments on this page");

            browser.open(base + "/account/notifications");
            browser.choose("Time-use surveys", "Weekly digest").press("Save choices");
            assertThat(browser.mainText()).contains("Your notification choices are saved.");
            assertThat(db.sql(
                                    "select choice from notifications.community_choices where account_id = ? and community_id = ?")
                            .params(leila.id(), community.id())
                            .query(String.class)
                            .single())
                    .isEqualTo("WEEKLY");
        }
    }

    private static String header(Chromium browser) {
        return browser.driver().findElement(By.cssSelector("header.site")).getText();
    }
}
