package org.statcommons.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statcommons.support.Visitor.fields;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.statcommons.access.CommunityRole;
import org.statcommons.access.PlatformRole;
import org.statcommons.community.Community;
import org.statcommons.identity.Account;
import org.statcommons.support.Fixtures;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.Visitor;
import org.statcommons.support.Visitor.Page;

/**
 * Search over HTTP as each kind of reader: anonymous visitors find published pages (their published text)
 * and nothing private; members find their communities' pages and comments; non-members and removed members
 * find what the public finds. Results are ranked and highlighted, follow moves, deletions, hidden comments
 * and unpublishing, and ugly queries are answered without errors.
 */
@StatCommonsIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchIntegrationTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient db;

    Community community;
    String space;
    Visitor facilitator;
    Visitor member;
    Visitor nonMember;
    Visitor removed;
    Visitor anonymous;
    final String tag = Long.toString(System.nanoTime(), 36);

    @BeforeAll
    void setUp() {
        community = fixtures.community("Search " + tag);
        space = "/c/" + community.slug() + "/space";
        facilitator = fixtures.signedIn(fixtures.member(community, "Sefa Facilitator", CommunityRole.FACILITATOR));
        member = fixtures.signedIn(fixtures.member(community, "Sina Member", CommunityRole.MEMBER));
        Account leaving = fixtures.member(community, "Lose Member", CommunityRole.MEMBER);
        removed = fixtures.signedIn(leaving);
        fixtures.remove(community, leaving);
        nonMember = fixtures.signedIn(fixtures.account("Nono Outsider"));
        anonymous = fixtures.anonymous();

        create(
                "census-guide",
                "Harmonised census guide " + tag,
                "How to run a **census** of households. Word: publicword" + tag + ".");
        assertThat(facilitator
                        .submit(space + "/census-guide", space + "/-/publish/census-guide", fields())
                        .status())
                .isEqualTo(200);
        edit("census-guide", "Harmonised census guide " + tag, "Changed after publishing: draftword" + tag + ".");
        create("secret", "Methodology draft", "Confidential secretword" + tag + " estimates.");
        create("poblacion", "Población y vivienda " + tag, "Censo de población. Rarebody" + tag + " appears here.");
        create("rank-body", "Unrelated title", "Only the body says rankword" + tag + ", once.");
        create("rank-title", "Rankword" + tag + " in the title", "Body text.");
        create("arabic", "الإحصاء الرسمي " + tag, "تعداد السكان والمساكن");
    }

    private void create(String path, String title, String body) {
        assertThat(fixtures.page(facilitator, community, path, title, body).status())
                .isEqualTo(200);
    }

    private void edit(String path, String title, String body) {
        Page form = facilitator.get(space + "/-/edit/" + path);
        String base = form.body().replaceAll("(?s).*name=\"baseCommit\" value=\"([0-9a-f]{40})\".*", "$1");
        assertThat(facilitator
                        .post(
                                space + "/-/edit/" + path,
                                fields(
                                        "_csrf",
                                        form.csrf(),
                                        "title",
                                        title,
                                        "body",
                                        body,
                                        "baseCommit",
                                        base,
                                        "summary",
                                        ""))
                        .status())
                .isEqualTo(200);
    }

    private Page api(Visitor who, String query) {
        Page answer = who.api("GET", "/api/v1/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8), null);
        assertThat(answer.status()).as(query + ": " + answer.body()).isEqualTo(200);
        return answer;
    }

    private Page page(Visitor who, String query) {
        Page answer = who.get("/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        assertThat(answer.status()).as(query).isEqualTo(200);
        return answer;
    }

    @Test
    void anonymousVisitorsFindPublishedPagesInTheirPublishedVersionOnly() {
        assertThat(anonymous.get("/").body())
                .as("the header's search box")
                .contains("role=\"search\"")
                .contains("action=\"/search\"");
        Page found = page(anonymous, "publicword" + tag);
        assertThat(found.body())
                .contains("/c/" + community.slug() + "/p/census-guide")
                .contains("<mark>publicword" + tag + "</mark>")
                .doesNotContain("/space/census-guide");
        for (String hidden : new String[] {"draftword" + tag, "secretword" + tag, "rarebody" + tag}) {
            assertThat(page(anonymous, hidden).body()).contains("Nothing found").doesNotContain(community.slug());
            assertThat(api(anonymous, hidden).body()).contains("\"results\":[]");
        }
    }

    @Test
    void membersFindTheirCommunitysPagesAsTheyAreNowAndComments() {
        assertThat(api(member, "secretword" + tag).body())
                .contains("\"kind\":\"PAGE\"")
                .contains("/space/secret");
        assertThat(api(member, "draftword" + tag).body()).contains("/space/census-guide");
        // the published version is not listed twice to members: they get the page as it is now
        assertThat(api(member, "harmonised census " + tag).body())
                .contains("/space/census-guide")
                .doesNotContain("/p/census-guide");
        Page comment = member.api(
                "POST",
                "/api/v1/communities/" + community.slug() + "/page-comments/secret",
                "{\"body\":\"Discussing commentword" + tag + " here\"}");
        assertThat(comment.status()).isEqualTo(201);
        assertThat(api(member, "commentword" + tag).body())
                .contains("\"kind\":\"COMMENT\"")
                .contains("/space/secret#comment-")
                .contains("Methodology draft");
        for (Visitor outsider : new Visitor[] {anonymous, nonMember, removed}) {
            for (String hidden : new String[] {"commentword" + tag, "secretword" + tag, "draftword" + tag}) {
                assertThat(api(outsider, hidden).body()).as(hidden).contains("\"results\":[]");
            }
            assertThat(api(outsider, "publicword" + tag).body()).contains("/p/census-guide");
        }
    }

    @Test
    void titlesRankAboveBodiesAndMatchesAreHighlighted() {
        String body = api(member, "rankword" + tag).body();
        assertThat(body.indexOf("/space/rank-title")).isPositive().isLessThan(body.indexOf("/space/rank-body"));
        assertThat(page(member, "rankword" + tag).body()).contains("<mark>Rankword" + tag + "</mark> in the title");
    }

    @Test
    void accentsDoNotMatterAndRightToLeftScriptsAreFound() {
        assertThat(api(member, "poblacion " + tag).body()).contains("/space/poblacion");
        assertThat(api(member, "POBLACIÓN " + tag).body()).contains("/space/poblacion");
        assertThat(api(member, "تعداد").body()).contains("/space/arabic");
    }

    @Test
    void uglyQueriesAreAnsweredWithoutErrors() {
        String[] queries = {
            "",
            "   ",
            "\"",
            "\"unbalanced " + tag,
            "-",
            "--",
            "or",
            "a | b & !c",
            "census:* <-> (x",
            "'; drop table search.documents; --",
            "\\",
            "%",
            "_",
            "x".repeat(5000),
            "👩‍🔬 📊",
            "\u202Eevil\u202C",
            "-".repeat(20) + "x",
            "rarebody" + tag + " -población",
            "\"censo de población\" " + tag,
            "census OR rarebody" + tag
        };
        for (String query : queries) {
            api(member, query);
            page(anonymous, query);
        }
        assertThat(api(member, "").body()).contains("\"results\":[]");
        assertThat(api(member, "rarebody" + tag + " -población").body()).contains("\"results\":[]");
        assertThat(api(member, "\"censo de población\" " + tag).body()).contains("/space/poblacion");
        assertThat(db.sql("select count(*) from search.documents")
                        .query(Long.class)
                        .single())
                .isPositive();
        // what is not text at all, or a '-' run PostgreSQL cannot parse: a clear 400, not an empty result
        for (String refused : new String[] {"\u0000", "-".repeat(40), "census " + "- ".repeat(30) + "x"}) {
            Page answer =
                    member.api("GET", "/api/v1/search?q=" + URLEncoder.encode(refused, StandardCharsets.UTF_8), null);
            assertThat(answer.status()).as(refused).isEqualTo(400);
            assertThat(answer.body()).as(refused).contains("\"field\":\"q\"");
        }
    }

    /**
     * Whatever the search box lets through, PostgreSQL parses: thousands of random queries made of the characters
     * websearch_to_tsquery treats specially, each either refused by SearchText.query or accepted by PostgreSQL.
     */
    @Test
    void everyQueryTheSearchBoxLetsThroughIsOneSearchPostgresqlCanParse() {
        String[] pieces = {
            "-", "-", "-", "-", " ", " ", "\"", "!", "(", ")", ":", "*", "&", "|", "<", ">", "\\", "'", "a", "b", "or",
            " or ", "\u3000", "\u00a0", ".", "é", "\t"
        };
        java.util.Random random = new java.util.Random(16);
        int accepted = 0;
        for (int i = 0; i < 3000; i++) {
            StringBuilder typed = new StringBuilder();
            int length = 1 + random.nextInt(i % 10 == 0 ? 300 : 80);
            while (typed.length() < length) {
                typed.append(pieces[random.nextInt(pieces.length)]);
            }
            String query;
            try {
                query = SearchText.query(typed.toString());
            } catch (org.statcommons.platform.InvalidInputException refused) {
                continue;
            }
            db.sql("select websearch_to_tsquery('search.statcommons', ?)::text")
                    .param(query)
                    .query(String.class)
                    .single();
            accepted++;
        }
        assertThat(accepted).as("most random queries are searched").isGreaterThan(2000);
    }

    @Test
    void theIndexFollowsMovesDeletionsHiddenCommentsAndUnpublishing() {
        create("wanderer", "Wanderer " + tag, "movingword" + tag);
        assertThat(facilitator
                        .submit(space + "/wanderer", space + "/-/move/wanderer", fields("to", "arrived"))
                        .status())
                .isEqualTo(200);
        assertThat(api(member, "movingword" + tag).body())
                .contains("/space/arrived")
                .doesNotContain("/space/wanderer\"");

        create("doomed", "Doomed " + tag, "doomedword" + tag);
        Page form = facilitator.get(space + "/-/delete/doomed");
        String base = form.body().replaceAll("(?s).*name=\"baseCommit\" value=\"([0-9a-f]{40})\".*", "$1");
        assertThat(facilitator
                        .post(
                                space + "/-/delete/doomed",
                                fields("_csrf", form.csrf(), "baseCommit", base, "summary", ""))
                        .status())
                .isEqualTo(200);
        assertThat(api(member, "doomedword" + tag).body()).contains("\"results\":[]");

        Page comment = member.api(
                "POST",
                "/api/v1/communities/" + community.slug() + "/page-comments/poblacion",
                "{\"body\":\"hideword" + tag + "\"}");
        long id = Long.parseLong(comment.body().replaceAll("(?s).*\"comments\":\\[\\{\"id\":(\\d+).*", "$1"));
        assertThat(api(member, "hideword" + tag).body()).contains("COMMENT");
        assertThat(facilitator
                        .api("POST", "/api/v1/communities/" + community.slug() + "/comments/" + id + "/hide", null)
                        .status())
                .as("a facilitator may not hide")
                .isEqualTo(403);
        Visitor moderator = fixtures.signedIn(fixtures.member(community, "Mose Moderator", CommunityRole.MODERATOR));
        assertThat(moderator
                        .api("POST", "/api/v1/communities/" + community.slug() + "/comments/" + id + "/hide", null)
                        .status())
                .isEqualTo(200);
        assertThat(api(member, "hideword" + tag).body()).contains("\"results\":[]");

        create("fleeting", "Fleeting " + tag, "fleetingword" + tag);
        assertThat(facilitator
                        .submit(space + "/fleeting", space + "/-/publish/fleeting", fields())
                        .status())
                .isEqualTo(200);
        assertThat(api(anonymous, "fleetingword" + tag).body()).contains("/p/fleeting");
        assertThat(facilitator
                        .submit(space + "/fleeting", space + "/-/unpublish/fleeting", fields())
                        .status())
                .isEqualTo(200);
        assertThat(api(anonymous, "fleetingword" + tag).body()).contains("\"results\":[]");
    }

    @Test
    void onlyAdministratorsRebuildTheIndexAndARebuildFindsTheSame() {
        assertThat(member.api("POST", "/api/v1/search/rebuild", null).status()).isEqualTo(403);
        Account admin = fixtures.account("Ada Administrator", "FJ", "INTERNATIONAL", PlatformRole.ADMINISTRATOR);
        String before = api(member, "secretword" + tag).body();
        Page rebuilt = fixtures.signedIn(admin).api("POST", "/api/v1/search/rebuild", null);
        assertThat(rebuilt.status()).isEqualTo(200);
        assertThat(rebuilt.body()).contains("documents");
        assertThat(api(member, "secretword" + tag).body()).isEqualTo(before);
        assertThat(api(anonymous, "publicword" + tag).body()).contains("/p/census-guide");
    }
}
