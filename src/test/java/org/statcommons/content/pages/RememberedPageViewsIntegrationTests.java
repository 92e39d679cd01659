package org.statcommons.content.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statcommons.support.Visitor.fields;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.statcommons.access.CommunityRole;
import org.statcommons.community.Community;
import org.statcommons.content.HiddenPages;
import org.statcommons.content.Pages;
import org.statcommons.content.attachments.AttachmentsIntegrationTests;
import org.statcommons.identity.Account;
import org.statcommons.platform.web.LanguageResolver;
import org.statcommons.support.Fixtures;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.Visitor;

/**
 * A member's page view is rendered once and remembered ({@link RememberedPageViews}), with the per-person parts
 * filled per request: no one ever gets another's name, CSRF token, rights, language or time zone, and a comment
 * or page hidden by a moderator disappears at the very next view.
 */
@StatCommonsIntegrationTest
class RememberedPageViewsIntegrationTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern HEADER = Pattern.compile("<header class=\"site\">.*?</header>", Pattern.DOTALL);

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient db;

    @Autowired
    HiddenPages hiddenPages;

    @Autowired
    RememberedPageViews remembered;

    @Autowired
    Pages pages;

    @Test
    void eachMemberGetsTheirOwnPartsAndWhatTheyMaySee() {
        Community community = fixtures.community("Remembered views");
        Account ana = fixtures.member(community, "Ana Remembered", CommunityRole.MEMBER);
        Account ben = fixtures.member(community, "Ben Remembered", CommunityRole.MEMBER);
        Account cai = fixtures.member(community, "Cai Remembered", CommunityRole.MEMBER);
        Account mod = fixtures.member(community, "Moe Moderator", CommunityRole.MODERATOR);
        Visitor anaSession = fixtures.signedIn(ana);
        Visitor benSession = fixtures.signedIn(ben);
        Visitor caiSession = fixtures.signedIn(cai);
        Visitor modSession = fixtures.signedIn(mod);
        Visitor author = fixtures.signedIn(fixtures.member(community, "Fay Facilitator", CommunityRole.FACILITATOR));
        assertThat(fixtures.page(author, community, "guide", "Guide", "The secret of linking registers.")
                        .status())
                .isEqualTo(200);
        String view = Fixtures.space(community) + "/guide";
        Visitor.Page commented = anaSession.submitNoFollow(
                view, "/c/" + community.slug() + "/page-comments/guide", Map.of("body", "Ana's remark on the guide."));
        assertThat(commented.status()).as(commented.body()).isEqualTo(302);

        String asAna = anaSession.get(view).body();
        assertThat(remembered.weight())
                .as("Ana's view was rendered and remembered")
                .isPositive();
        String asBen = benSession.get(view).body();
        long weight = remembered.weight();
        String asCai = caiSession.get(view).body();
        assertThat(remembered.weight())
                .as("Cai sees what Ben sees (no comment of his own, same rights): from memory")
                .isEqualTo(weight);
        assertThat(find(HEADER, asCai)).contains("Cai Remembered").doesNotContain("Ben Remembered");

        // each has their own name and CSRF token, in every form of the page
        assertThat(find(HEADER, asAna)).contains("Ana Remembered").doesNotContain("Ben Remembered");
        assertThat(find(HEADER, asBen)).contains("Ben Remembered").doesNotContain("Ana Remembered");
        assertThat(tokens(asBen)).isNotEmpty().containsOnly(unmasked(benSession.csrfToken()));
        assertThat(tokens(asAna)).isNotEmpty().containsOnly(unmasked(anaSession.csrfToken()));
        assertThat(unmasked(anaSession.csrfToken())).isNotEqualTo(unmasked(benSession.csrfToken()));
        assertThat(asBen).doesNotContainPattern("hole[0-9a-f]{24}");
        // an own comment can be edited by its author only; Ben's follow button is his own (he does not follow)
        assertThat(asAna).contains(">Edit</a>").contains("Stop following comments");
        assertThat(asBen).doesNotContain(">Edit</a>").contains(">Follow comments on this page</button>");
        // a moderator's rights show on their view only
        String asMod = modSession.get(view).body();
        assertThat(asMod).contains(">Hide</button>").contains("Moe Moderator");
        assertThat(benSession.get(view).body()).doesNotContain(">Hide</button>");

        Matcher benToken = CSRF.matcher(asBen);
        assertThat(benToken.find()).isTrue();
        assertThat(benSession
                        .postNoFollow(
                                "/c/" + community.slug() + "/page-comments/guide",
                                Map.of("_csrf", benToken.group(1), "body", "Ben's answer."))
                        .status())
                .as("the token in Ben's remembered page is his own: his form works")
                .isEqualTo(302);

        // following and no longer following show at once, though the answer is kept between views
        String follow = "/c/" + community.slug() + "/page-followers/guide";
        assertThat(benSession
                        .submitNoFollow(view, follow, Map.of("follow", "true"))
                        .status())
                .isEqualTo(302);
        benSession.get(view);
        assertThat(benSession.get(view).body()).contains("Stop following comments");
        assertThat(benSession
                        .submitNoFollow(view, follow, Map.of("follow", "false"))
                        .status())
                .isEqualTo(302);
        benSession.get(view);
        assertThat(benSession.get(view).body())
                .doesNotContain("Stop following comments")
                .contains(">Follow comments on this page</button>");

        // a refused comment's text comes back to its author only, and only once
        Visitor.Page refused = anaSession.submit(
                view,
                "/c/" + community.slug() + "/page-comments/guide",
                Map.of("body", "Ana's draft. " + "x".repeat(10_001)));
        assertThat(refused.body()).contains("Ana&#39;s draft.");
        assertThat(caiSession.get(view).body()).doesNotContain("draft.");
        assertThat(anaSession.get(view).body()).doesNotContain("draft.");

        // another time zone, another language: another rendering, never shared
        db.sql("update identity.accounts set time_zone = 'Asia/Kathmandu' where id = ?")
                .param(ben.id())
                .update();
        assertThat(benSession.get(view).body()).contains("+05:45");
        assertThat(anaSession.get(view).body()).doesNotContain("+05:45");
        benSession.setCookie(LanguageResolver.COOKIE, "fr", "/");
        assertThat(benSession.get(view).body()).contains("<html lang=\"fr\"").contains("Ben Remembered");
        assertThat(anaSession.get(view).body()).contains("<html lang=\"en\"");

        // a comment hidden by a moderator is gone at the next view
        long comment = db.sql("select id from comments.comments where body like 'Ana%'")
                .query(Long.class)
                .single();
        Visitor.Page hid =
                modSession.submitNoFollow(view, "/c/" + community.slug() + "/comments/" + comment + "/hide", Map.of());
        assertThat(hid.status()).isEqualTo(302);
        assertThat(anaSession.get(view).body())
                .doesNotContain("Ana&#39;s remark", "Ana's remark")
                .contains("This comment was hidden by a moderator.");

        // a page hidden by a moderator loses its text at the next view, for those who do not moderate
        assertThat(anaSession.get(view).body()).contains("The secret of linking registers.");
        hiddenPages.mark(community.id(), "guide.md", true);
        assertThat(anaSession.get(view).body()).doesNotContain("The secret of linking registers.");
        assertThat(modSession.get(view).body()).contains("The secret of linking registers.");
    }

    @Test
    void aSaveOfAnotherPageKeepsTheViewButAPageAddedOrAFileAttachedDoesNot() {
        Community community = fixtures.community("Remembered across saves");
        Visitor ana = fixtures.signedIn(fixtures.member(community, "Ana Across", CommunityRole.MEMBER));
        Visitor fay = fixtures.signedIn(fixtures.member(community, "Fay Across", CommunityRole.FACILITATOR));
        String space = Fixtures.space(community);
        assertThat(fixtures.page(fay, community, "guide", "Guide", "See [[Glossary]] and [[Other]].")
                        .status())
                .isEqualTo(200);
        assertThat(fixtures.page(fay, community, "other", "Other", "Other text.")
                        .status())
                .isEqualTo(200);
        String view = space + "/guide";
        String before = ana.get(view).body();
        assertThat(before).contains("This page does not exist yet");
        assertThat(version(fay.get(view).body()))
                .isEqualTo(pages.read(community.id(), "guide.md").commitId());
        long weight = remembered.weight();

        // another page's text changes: main moves, this page's view is answered from memory
        Visitor.Page saved = fay.post(
                space + "/-/edit/other",
                fields(
                        "_csrf",
                        fay.csrfToken(),
                        "baseCommit",
                        pages.read(community.id(), "other.md").commitId(),
                        "title",
                        "Other",
                        "body",
                        "Other text, changed.",
                        "summary",
                        ""));
        assertThat(saved.status()).as(saved.body()).isIn(200, 302);
        assertThat(pages.read(community.id(), "other.md").body()).contains("changed");
        String main = pages.read(community.id(), "guide.md").commitId();
        assertThat(ana.get(view).body()).contains("See ");
        String asFay = fay.get(view).body();
        assertThat(remembered.weight())
                .as("both views from memory after a save of another page")
                .isEqualTo(weight);
        assertThat(version(asFay))
                .as("the publish form sends main's commit as it is now, filled per request")
                .isEqualTo(main);

        // published and unpublished: the marks are kept between views and forgotten by the change
        assertThat(ana.get(view).body()).contains("Not published");
        assertThat(fay.submitNoFollow(view, space + "/-/publish/guide", Map.of("version", main))
                        .status())
                .isEqualTo(302);
        assertThat(ana.get(view).body()).doesNotContain("Not published").contains(">Published</a>");
        assertThat(fay.submitNoFollow(view, space + "/-/unpublish/guide", Map.of())
                        .status())
                .isEqualTo(302);
        assertThat(ana.get(view).body()).contains("Not published");

        // a page added that this one links to: the link now leads to it
        assertThat(fixtures.page(fay, community, "glossary", "Glossary", "Words.")
                        .status())
                .isEqualTo(200);
        assertThat(ana.get(view).body())
                .doesNotContain("This page does not exist yet")
                .contains("href=\"" + space + "/glossary\"");

        // a file attached to the page is listed at the next view
        assertThat(fay.upload(
                                view,
                                space + "/-/attach/guide",
                                "chart.png",
                                "image/png",
                                AttachmentsIntegrationTests.PNG)
                        .status())
                .isEqualTo(302);
        assertThat(ana.get(view).body()).contains("chart.png");
        assertThat(version(fay.get(view).body()))
                .isEqualTo(pages.read(community.id(), "guide.md").commitId())
                .isNotEqualTo(main);
    }

    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"([^\"]*)\"");

    private static String version(String page) {
        Matcher matcher = VERSION.matcher(page);
        assertThat(matcher.find()).as("a publish form").isTrue();
        return matcher.group(1);
    }

    /** The session's token in the forms of a page, unmasked (each answer masks it anew against BREACH). */
    private static List<String> tokens(String page) {
        Matcher matcher = CSRF.matcher(page);
        List<String> found = new ArrayList<>();
        while (matcher.find()) {
            found.add(unmasked(matcher.group(1)));
        }
        return found;
    }

    /** Spring Security's masked token is random bytes followed by the token XOR those bytes. */
    private static String unmasked(String masked) {
        byte[] bytes = Base64.getUrlDecoder().decode(masked);
        int half = bytes.length / 2;
        byte[] token = new byte[half];
        for (int i = 0; i < half; i++) {
            token[i] = (byte) (bytes[i] ^ bytes[half + i]);
        }
        return new String(token, StandardCharsets.UTF_8);
    }

    private static String find(Pattern pattern, String page) {
        Matcher matcher = pattern.matcher(page);
        assertThat(matcher.find()).as(page).isTrue();
        return matcher.group();
    }
}
