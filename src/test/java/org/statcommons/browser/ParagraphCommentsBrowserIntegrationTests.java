package org.statcommons.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statcommons.support.Visitor.fields;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.statcommons.access.CommunityRole;
import org.statcommons.community.Community;
import org.statcommons.identity.Account;
import org.statcommons.support.Chromium;
import org.statcommons.support.Fixtures;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.Visitor;

/**
 * Issue 9's comments on a passage, in a real browser: Ana (Kathmandu) comments on the second paragraph of a page,
 * the form opening beside it; Ben (Paris) sees her thread beside that paragraph, in the margin (after it on a
 * phone), and replies; Ben adds a new first paragraph and edits another: the thread stays beside the same words;
 * Ben rewrites the commented paragraph: the thread is listed as on a changed passage, with the words it was on. The
 * same comment form works without JavaScript (the HTTP round trip of the form).
 */
@StatCommonsIntegrationTest
class ParagraphCommentsBrowserIntegrationTests {

    private static final String SAMPLING = "Sampling: two stages, 400 enumeration areas.";
    private static final String WEIGHTS =
            "Weights come from the 2019 household budget survey, updated every five years.";
    private static final String RELEASE = "The index is released on the tenth working day.";

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient db;

    @LocalServerPort
    int port;

    @Test
    void aThreadOnAParagraphStaysBesideItThroughEditsUntilItIsRewritten() {
        Community community = fixtures.community("Consumer prices network");
        Account ana = fixtures.member(community, "Ana Shrestha", CommunityRole.MEMBER);
        Account ben = fixtures.member(community, "Ben Moreau", CommunityRole.FACILITATOR);
        zone(ana, "Asia/Kathmandu");
        zone(ben, "Europe/Paris");
        String base = "http://localhost:" + port;
        String page = Fixtures.space(community) + "/rebasing";
        assertThat(fixtures.page(
                                fixtures.signedIn(ben),
                                community,
                                "rebasing",
                                "Rebasing the CPI",
                                SAMPLING + "\n\n" + WEIGHTS + "\n\n" + RELEASE + "\n")
                        .status())
                .isEqualTo(200);

        try (Chromium browser = Chromium.start()) {
            signIn(browser, base, ana);
            browser.open(base + page);
            List<WebElement> links = browser.driver().findElements(By.linkText("Comment on this passage"));
            assertThat(links).hasSize(3);
            // with JavaScript the form opens beside the paragraph, without leaving the page
            links.get(1).click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(d -> !d.findElements(By.id("new-thread")).isEmpty());
            assertThat(browser.driver().getCurrentUrl()).doesNotContain("comment-on");
            assertThat(browser.driver().findElement(By.id("new-thread")).getText())
                    .contains("On this passage:", WEIGHTS);
            browser.fill("Your comment on this passage", "Is 2019 still the base year after the revision?")
                    .press("Comment");
            WebElement passage = browser.driver().findElement(By.id("passage-2"));
            assertThat(passage.getText()).contains(WEIGHTS, "Ana Shrestha", "Is 2019 still the base year", "UTC+05:45");
            browser.screenshot("issue9-passage-comment");
            browser.press("Sign out");

            signIn(browser, base, ben);
            browser.open(base + page);
            passage = browser.driver().findElement(By.id("passage-2"));
            WebElement text = passage.findElement(By.cssSelector(".passage-text"));
            WebElement thread = passage.findElement(By.cssSelector("article.thread"));
            assertThat(text.getText()).isEqualTo(WEIGHTS);
            assertThat(thread.getText()).contains("Is 2019 still the base year", "UTC+01:00");
            // wide screen: the thread in the margin, beside its paragraph
            Rectangle wideText = text.getRect();
            Rectangle wideThread = thread.getRect();
            assertThat(wideThread.getX()).isGreaterThanOrEqualTo(wideText.getX() + wideText.getWidth());
            assertThat(wideThread.getY()).isLessThan(wideText.getY() + wideText.getHeight());
            browser.fill("Reply", "Yes until 2026; the new weights come with the 2024 survey.")
                    .press("Reply");
            assertThat(browser.driver().findElement(By.id("passage-2")).getText())
                    .contains("Ben Moreau", "Yes until 2026");

            // a phone: the thread right after its paragraph, at the same width
            browser.driver().manage().window().setSize(new Dimension(375, 800));
            passage = browser.driver().findElement(By.id("passage-2"));
            Rectangle phoneText =
                    passage.findElement(By.cssSelector(".passage-text")).getRect();
            Rectangle phoneThread =
                    passage.findElement(By.cssSelector("article.thread")).getRect();
            assertThat(phoneThread.getY()).isGreaterThanOrEqualTo(phoneText.getY() + phoneText.getHeight());
            assertThat(phoneThread.getX()).isLessThan(phoneText.getX() + 40);
            browser.driver().manage().window().setSize(new Dimension(1280, 900));

            // Ben adds a first paragraph and edits another: the thread stays with its words
            browser.open(base + Fixtures.space(community) + "/-/edit/rebasing")
                    .fill(
                            "Text",
                            "Draft for the March meeting.\n\n" + SAMPLING + "\n\n" + WEIGHTS + "\n\n"
                                    + "The index is released on the twelfth working day.\n")
                    .press("Save");
            passage = browser.driver().findElement(By.id("passage-3"));
            assertThat(passage.findElement(By.cssSelector(".passage-text")).getText())
                    .isEqualTo(WEIGHTS);
            assertThat(passage.getText()).contains("Is 2019 still the base year", "Yes until 2026");
            assertThat(browser.driver().findElements(By.cssSelector("div.passage")))
                    .hasSize(1);

            // Ben rewrites the commented paragraph: the thread shows the words it was on, still answerable
            browser.open(base + Fixtures.space(community) + "/-/edit/rebasing")
                    .fill(
                            "Text",
                            "Draft for the March meeting.\n\n" + SAMPLING + "\n\n"
                                    + "From 2026 the weights are chain-linked each December.\n\n"
                                    + "The index is released on the twelfth working day.\n")
                    .press("Save");
            assertThat(browser.driver().findElements(By.cssSelector("div.passage")))
                    .isEmpty();
            WebElement outdated = browser.driver().findElement(By.cssSelector("section.outdated"));
            assertThat(outdated.getText())
                    .contains(
                            "On passages that were changed or removed",
                            "On a passage that was changed or removed; it read:",
                            WEIGHTS,
                            "Is 2019 still the base year",
                            "Yes until 2026");
            assertThat(outdated.findElements(By.xpath(".//button[normalize-space()='Resolve']")))
                    .hasSize(1);
            browser.screenshot("issue9-passage-comment-outdated");
        }

        // without JavaScript: the link leads to the form beside the passage, and the form posts as any other
        Visitor anaWeb = fixtures.signedIn(ana);
        String form = anaWeb.get(page + "?comment-on=2").body();
        assertThat(form).contains("id=\"new-thread\"", "name=\"passage\" value=\"2\"", SAMPLING);
        String version = form.replaceAll("(?s).*name=\"version\" value=\"([0-9a-f]{40})\".*", "$1");
        Visitor.Page posted = anaWeb.submitNoFollow(
                page + "?comment-on=2",
                "/c/" + community.slug() + "/page-comments/rebasing",
                fields("body", "Two stages: which frame?", "passage", "2", "version", version));
        assertThat(posted.status()).isEqualTo(302);
        String after = anaWeb.get(page).body();
        int box = after.indexOf("id=\"passage-2\"");
        assertThat(box).isPositive();
        assertThat(after.substring(box, after.indexOf("id=\"comments\"")))
                .contains(SAMPLING, "Two stages: which frame?");
        // issue 9: the page with its passage links and threads, its stylesheet and script stay light
        assertThat(compressed(after.getBytes(StandardCharsets.UTF_8))
                        + compressed(resource("/static/statcommons.css"))
                        + compressed(resource("/static/reply.js")))
                .isLessThan(30 * 1024);
    }

    private static int compressed(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.size();
    }

    private static byte[] resource(String name) {
        try (InputStream in = ParagraphCommentsBrowserIntegrationTests.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void zone(Account account, String zone) {
        db.sql("update identity.accounts set time_zone = ? where id = ?")
                .params(zone, account.id())
                .update();
    }

    private static void signIn(Chromium browser, String base, Account account) {
        browser.open(base + "/sign-in")
                .fill("E-mail address", account.email())
                .fill("Password", Fixtures.PASSWORD)
                .press("Sign in");
    }
}
