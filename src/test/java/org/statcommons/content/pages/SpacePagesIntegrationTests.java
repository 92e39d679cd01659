package org.statcommons.content.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statcommons.support.Visitor.fields;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.statcommons.access.CommunityRole;
import org.statcommons.access.JoinPolicy;
import org.statcommons.access.PlatformRole;
import org.statcommons.community.Community;
import org.statcommons.identity.Account;
import org.statcommons.support.Fixtures;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.Visitor;
import org.statcommons.support.Visitor.Page;

/**
 * A space's pages through the web, as members use them: pages from templates, editing with merges and
 * conflicts, history, comparison, restore, moves with redirects, deletion and recovery, hostile Markdown.
 */
@StatCommonsIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SpacePagesIntegrationTests {

    private static final Pattern BASE_COMMIT = Pattern.compile(
            "name=\"baseCommit\"\\s+value=\"([0-9a-f]{40})\"|value=\"([0-9a-f]{40})\"\\s+name=\"baseCommit\"");

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient db;

    @Autowired
    PageViewCounter views;

    Community community;
    String slug;
    String space;
    Visitor secretariat;
    Visitor facilitator;
    Visitor otherFacilitator;
    Visitor member;

    @BeforeAll
    void setUp() {
        Account founder = fixtures.account("Founder", PlatformRole.SECRETARIAT);
        Community community = fixtures.community("Pages", JoinPolicy.BY_INVITATION, founder);
        this.community = community;
        slug = community.slug();
        space = Fixtures.space(community);
        secretariat = fixtures.signedIn(founder);
        facilitator = fixtures.signedIn(fixtures.member(community, "Fiona Facilitator", CommunityRole.FACILITATOR));
        otherFacilitator =
                fixtures.signedIn(fixtures.member(community, "Oscar Facilitator", CommunityRole.FACILITATOR));
        member = fixtures.signedIn(fixtures.member(community, "Mere Member", CommunityRole.MEMBER));
    }

    private static String baseCommit(Page page) {
        Matcher m = BASE_COMMIT.matcher(page.body());
        assertThat(m.find()).as("a base commit on " + page.uri()).isTrue();
        return m.group(1) != null ? m.group(1) : m.group(2);
    }

    private Page create(Visitor who, String path, String title, String body) {
        return fixtures.page(who, community, path, title, body);
    }

    @Test
    void aNewCommunityHasASpaceWithTemplatesAndPagesStartFromThem() {
        Page tree = member.get(space);
        assertThat(tree.status()).isEqualTo(200);
        assertThat(tree.text()).contains("Guideline chapter", "Case study", "Meeting minutes", "Terms of reference");
        Page form = facilitator.get(space + "/-/new?template=meeting-minutes");
        assertThat(form.text()).contains("Agenda", "Actions");
        Page sentOn = member.getNoFollow(space + "/-/new?template=meeting-minutes");
        assertThat(sentOn.status()).as("plain members propose instead").isEqualTo(303);
        assertThat(sentOn.location()).endsWith("/c/" + slug + "/proposals/new?template=meeting-minutes");
        Page proposeLink = member.get(space + "/_templates/case-study");
        assertThat(proposeLink.body()).contains("/c/" + slug + "/proposals/new?path=_templates%2Fcase-study.md");
        assertThat(member.get("/c/" + slug + "/proposals/new?path=_templates%2Fcase-study.md")
                        .text())
                .contains("Country and organisation");
    }

    @Test
    void theSpaceShowsItsMostReadPagesOfTheLast30Days() {
        Community own = fixtures.community(
                "Views", JoinPolicy.BY_INVITATION, fixtures.account("Viewer founder", PlatformRole.SECRETARIAT));
        Visitor editor = fixtures.signedIn(fixtures.member(own, "Vera Editor", CommunityRole.FACILITATOR));
        String ownSpace = Fixtures.space(own);
        assertThat(editor.get(ownSpace).text()).contains("0 page views in the last 30 days");
        fixtures.page(editor, own, "popular", "The popular one", "Read me.");
        fixtures.page(editor, own, "quiet", "The quiet one", "Read me less.");
        for (int i = 0; i < 3; i++) {
            editor.getNoFollow(ownSpace + "/popular", "User-Agent", "Mozilla/5.0 (X11; Linux x86_64)");
        }
        editor.getNoFollow(ownSpace + "/quiet", "User-Agent", "Mozilla/5.0 (X11; Linux x86_64)");
        // views older than 30 days and of a page that is gone since
        db.sql(
                        "insert into content.page_views (community_id, path, day, views) values (?, 'quiet.md', current_date - 40, 500)")
                .param(own.id())
                .update();
        db.sql(
                        "insert into content.page_views (community_id, path, day, views) values (?, 'gone.md', current_date - 1, 2)")
                .param(own.id())
                .update();
        Page front = editor.get(ownSpace);
        assertThat(front.text())
                .contains("6 page views in the last 30 days")
                .containsSubsequence(
                        "The popular one",
                        "— 3 views",
                        "gone.md (no longer here)",
                        "— 2 views",
                        "The quiet one",
                        "— 1 view");
        // one query, on the index made for it
        String plan = String.join(
                "\n",
                db.sql(
                                "explain select path, sum(views) from content.page_views where community_id = ? and day > current_date - 30 group by path")
                        .param(own.id())
                        .query(String.class)
                        .list());
        assertThat(plan).contains("page_views_by_day");
    }

    @Test
    void aPageShowsItsViewsWrittenOrNotAndThoseWrittenByOthersAfterTheNextFlush() {
        Community own = fixtures.community(
                "Page views", JoinPolicy.BY_INVITATION, fixtures.account("Views founder", PlatformRole.SECRETARIAT));
        Visitor editor = fixtures.signedIn(fixtures.member(own, "Vic Editor", CommunityRole.FACILITATOR));
        fixtures.page(editor, own, "counted", "Counted", "Read me.");
        String page = Fixtures.space(own) + "/counted";
        String browser = "Mozilla/5.0 (X11; Linux x86_64)";
        assertThat(editor.getNoFollow(page, "User-Agent", browser).text()).contains("1 view in the last 30 days");
        views.flush();
        // the written count is read once and remembered: the views since are added from memory
        assertThat(editor.getNoFollow(page, "User-Agent", browser).text()).contains("2 views in the last 30 days");
        assertThat(editor.getNoFollow(page, "User-Agent", browser).text()).contains("3 views in the last 30 days");
        // views written meanwhile by another server (here by SQL) show after this server's next flush (the
        // scheduled one may come first: no figure is asserted before it)
        db.sql(
                        "insert into content.page_views (community_id, path, day, views) values (?, 'counted.md', current_date - 2, 10)")
                .param(own.id())
                .update();
        assertThat(editor.getNoFollow(page, "User-Agent", browser).status()).isEqualTo(200);
        views.flush();
        assertThat(editor.getNoFollow(page, "User-Agent", browser).text()).contains("15 views in the last 30 days");
    }

    @Test
    void editViewHistoryCompareRestore() {
        Page created =
                create(facilitator, "guidelines/linkage", "Record linkage", "# Record linkage\n\nFirst words here.\n");
        assertThat(created.path()).isEqualTo(space + "/guidelines/linkage");
        assertThat(created.text()).contains("The page is created.", "First words here.");

        Page form = facilitator.get(space + "/-/edit/guidelines/linkage");
        Page saved = facilitator.post(
                space + "/-/edit/guidelines/linkage",
                fields(
                        "_csrf",
                        form.csrf(),
                        "baseCommit",
                        baseCommit(form),
                        "title",
                        "Record linkage",
                        "body",
                        "# Record linkage\n\nBetter words here.\n",
                        "summary",
                        "Clearer wording"));
        assertThat(saved.text()).contains("Saved.", "Better words here.").doesNotContain("First words here.");

        Page blame = member.get(space + "/-/blame/guidelines/linkage");
        assertThat(blame.text())
                .contains("Fiona Facilitator", "Clearer wording", "Better words here.", "Create guidelines/linkage.md");
        Page history = facilitator.get(space + "/-/history/guidelines/linkage");
        assertThat(history.text()).contains("Clearer wording", "Fiona Facilitator", "created", "edited");
        Matcher compare = Pattern.compile("href=\"([^\"]*/-/compare/[^\"]+)\"").matcher(history.body());
        assertThat(compare.find()).isTrue();
        Page inline = member.get(compare.group(1).replace("&amp;", "&"));
        assertThat(inline.status()).isEqualTo(200);
        assertThat(inline.body()).contains("<del>First</del>", "<ins>Better</ins>");
        Page side = member.get(compare.group(1).replace("&amp;", "&").replace("view=inline", "view=side"));
        assertThat(side.body()).contains("diff side", "<ins>Better</ins>");

        Matcher restore =
                Pattern.compile("name=\"version\" value=\"([0-9a-f]{40})\"").matcher(history.body());
        String newest = restore.find() ? restore.group(1) : null;
        String oldest = restore.find() ? restore.group(1) : null;
        assertThat(newest).isNotNull();
        assertThat(oldest).isNotNull();
        Page old = member.get(space + "/guidelines/linkage?version=" + oldest);
        assertThat(old.text()).contains("First words here.", "old version");
        Page restored = facilitator.post(
                space + "/-/restore/guidelines/linkage",
                fields("_csrf", history.csrf(), "version", oldest, "versionPath", "guidelines/linkage.md"));
        assertThat(restored.text()).contains("First words here.").doesNotContain("Better words here.");
        assertThat(member.get(space + "/-/history/guidelines/linkage").text())
                .contains("Restore guidelines/linkage.md");

        Page raw = member.get(space + "/-/raw/guidelines/linkage");
        assertThat(raw.headers().firstValue("Content-Type").orElse("")).startsWith("text/markdown");
        assertThat(raw.body()).startsWith("---\ntitle: Record linkage\n---").contains("First words here.");
        assertThat(member.get(space + "/-/history").text())
                .contains("Clearer wording", "Set up the space with page templates");
    }

    @Test
    void thePageListKeptBetweenRequestsChangesWithTheNextSave() {
        create(facilitator, "kept/first", "First kept page", "One.");
        assertThat(member.get(space).text()).contains("First kept page");
        // the second reading is served from the list kept for this commit
        assertThat(member.get(space).text()).contains("First kept page").doesNotContain("Second kept page");

        create(facilitator, "kept/second", "Second kept page", "Two.");

        assertThat(member.get(space).text()).contains("First kept page", "Second kept page");
    }

    @Test
    void aMovedPageRedirectsFromItsOldAddressAndADeletedPageComesBackFromHistory() {
        create(facilitator, "drafts/sources", "Data sources", "Administrative registers.");
        Page moveForm = facilitator.get(space + "/-/move/drafts/sources");
        Page moved = facilitator.post(
                space + "/-/move/drafts/sources",
                fields("_csrf", moveForm.csrf(), "to", "methods/sources", "summary", ""));
        assertThat(moved.path()).isEqualTo(space + "/methods/sources");
        assertThat(moved.text()).contains("Administrative registers.");
        Page old = member.getNoFollow(space + "/drafts/sources");
        assertThat(old.status()).isEqualTo(301);
        assertThat(old.location()).isEqualTo(space + "/methods/sources");
        assertThat(member.get(space + "/-/history/methods/sources").text())
                .contains("moved from drafts/sources.md", "created");

        Page deleteForm = facilitator.get(space + "/-/delete/methods/sources");
        Page deleted = facilitator.post(
                space + "/-/delete/methods/sources",
                fields(
                        "_csrf",
                        deleteForm.csrf(),
                        "baseCommit",
                        baseCommit(deleteForm),
                        "summary",
                        "Merged elsewhere"));
        assertThat(deleted.text()).contains("The page is deleted", "does not exist any more", "deleted");
        assertThat(member.get(space + "/methods/sources").status()).isEqualTo(404);
        assertThat(member.get(space).text()).doesNotContain("Data sources");

        Matcher version =
                Pattern.compile("name=\"version\" value=\"([0-9a-f]{40})\"").matcher(deleted.body());
        assertThat(version.find()).as("a version to restore").isTrue();
        Page back = facilitator.post(
                space + "/-/restore/methods/sources",
                fields("_csrf", deleted.csrf(), "version", version.group(1), "versionPath", "methods/sources.md"));
        assertThat(back.status()).isEqualTo(200);
        assertThat(back.text()).contains("Data sources", "Administrative registers.");
    }

    @Test
    void concurrentEditsMergeWhenTheyDoNotOverlapAndOtherwiseKeepThePersonsText() {
        create(facilitator, "minutes/kickoff", "Kick-off", "Line one.\n\nLine two.\n\nLine three.\n");
        Page fiona = facilitator.get(space + "/-/edit/minutes/kickoff");
        Page oscar = otherFacilitator.get(space + "/-/edit/minutes/kickoff");
        assertThat(baseCommit(fiona)).isEqualTo(baseCommit(oscar));
        facilitator.post(
                space + "/-/edit/minutes/kickoff",
                fields(
                        "_csrf",
                        fiona.csrf(),
                        "baseCommit",
                        baseCommit(fiona),
                        "title",
                        "Kick-off",
                        "body",
                        "Line one, by Fiona.\n\nLine two.\n\nLine three.\n",
                        "summary",
                        ""));
        Page merged = otherFacilitator.post(
                space + "/-/edit/minutes/kickoff",
                fields(
                        "_csrf",
                        oscar.csrf(),
                        "baseCommit",
                        baseCommit(oscar),
                        "title",
                        "Kick-off",
                        "body",
                        "Line one.\n\nLine two.\n\nLine three, by Oscar.\n",
                        "summary",
                        ""));
        assertThat(merged.status()).isEqualTo(200);
        assertThat(merged.text()).contains("merged", "Line one, by Fiona.", "Line three, by Oscar.");

        Page fiona2 = facilitator.get(space + "/-/edit/minutes/kickoff");
        Page oscar2 = otherFacilitator.get(space + "/-/edit/minutes/kickoff");
        facilitator.post(
                space + "/-/edit/minutes/kickoff",
                fields(
                        "_csrf",
                        fiona2.csrf(),
                        "baseCommit",
                        baseCommit(fiona2),
                        "title",
                        "Kick-off",
                        "body",
                        "Line one, by Fiona.\n\nLine two: Fiona's view.\n\nLine three, by Oscar.\n",
                        "summary",
                        ""));
        String oscarsText = "Line one, by Fiona.\n\nLine two: Oscar's <b>view</b>.\n\nLine three, by Oscar.\n";
        Page conflict = otherFacilitator.post(
                space + "/-/edit/minutes/kickoff",
                fields(
                        "_csrf",
                        oscar2.csrf(),
                        "baseCommit",
                        baseCommit(oscar2),
                        "title",
                        "Kick-off",
                        "body",
                        oscarsText,
                        "summary",
                        ""));
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.text())
                .contains(
                        "Not saved",
                        "Fiona Facilitator saved this page on",
                        "you both changed the same passages",
                        "Line two: Fiona's view.")
                .doesNotContain("Someone", "title: Kick-off");
        assertThat(conflict.body()).doesNotContain("&lt;&lt;&lt;&lt;&lt;&lt;&lt;", "=======");
        // the person's own text, untouched, is in the editor, and the next save starts from the new head
        assertThat(conflict.body()).contains("Line two: Oscar&#39;s &lt;b&gt;view&lt;/b&gt;.");
        assertThat(baseCommit(conflict)).isNotEqualTo(baseCommit(oscar2));
        Page resolved = otherFacilitator.post(
                space + "/-/edit/minutes/kickoff",
                fields(
                        "_csrf",
                        conflict.csrf(),
                        "baseCommit",
                        baseCommit(conflict),
                        "title",
                        "Kick-off",
                        "body",
                        oscarsText,
                        "summary",
                        "Resolved"));
        assertThat(resolved.text()).contains("Saved.", "Line two: Oscar's &lt;b&gt;view&lt;/b&gt;.");
    }

    @Test
    void hostileMarkdownIsRenderedHarmless() {
        String hostile = """
                # Title <script>alert(1)</script>

                <script>alert('x')</script>
                <img src="x" onerror="alert(2)">
                <svg onload="alert(3)"><circle r="10"/></svg>
                [click](javascript:alert(4)) [also](JaVaScRiPt:alert(5)) [data](data:text/html;base64,PHNjcmlwdD4=)
                ![svg](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoNik+)
                <a href="https://example.org" onclick="alert(7)" style="color:red">styled</a>

                [[Guideline chapter]] and [[Nowhere at all]]
                """;
        Page page = create(facilitator, "tests/hostile", "Hostile <script>alert(8)</script>", hostile);
        assertThat(page.status()).isEqualTo(200);
        String article =
                page.body().substring(page.body().indexOf("class=\"markdown\"")).toLowerCase();
        // hostile markup may be shown as text; it must never become an element, an attribute or a link
        assertThat(article)
                .doesNotContain("<script", "<svg", "<img", "<circle", "href=\"javascript:", "href=\"data:", "style=\"");
        assertThat(Pattern.compile("<[^>]*\\son[a-z]+\\s*=").matcher(article).find())
                .as("an event handler attribute")
                .isFalse();
        assertThat(article).contains("&lt;script&gt;");
        assertThat(page.body()).doesNotContain("<script>alert(8)");
        assertThat(page.body()).contains("href=\"" + space + "/_templates/guideline-chapter\"");
        assertThat(page.text()).contains("Links to pages that do not exist", "Nowhere at all");
        assertThat(member.get(space + "/-/broken-links").text()).contains("Nowhere at all");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("script-src 'self'");
    }

    @Test
    void headingsGetAnchorsAndATableOfContentsAndRelativeLinksLeadToPages() {
        create(
                facilitator,
                "guide/intro",
                "Introduction",
                "See [sources](../methods/registers.md#quality) and [[Introduction]].\n\n"
                        + "## Scope\n\ntext\n\n## Sources\n\ntext\n\n### Quality of sources\n\ntext\n\n## Scope\n");
        Page page = member.get(space + "/guide/intro");
        assertThat(page.body())
                .contains(
                        "id=\"scope\"",
                        "id=\"sources\"",
                        "id=\"quality-of-sources\"",
                        "id=\"scope-2\"",
                        "href=\"#quality-of-sources\"",
                        // a page still to write: members propose it
                        "href=\"/c/" + slug + "/proposals/new?path&#61;methods%2Fregisters.md&amp;title&#61;sources\"",
                        "href=\"" + space + "/guide/intro\"");
        assertThat(page.text()).contains("Contents", "methods/registers.md");
    }

    @Test
    void pagesApiReadsAndSavesWithTheBaseCommit() {
        create(facilitator, "api/page", "Via the API", "Hello.");
        Page read = facilitator.api("GET", "/api/v1/communities/" + slug + "/pages/api/page", null);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body()).contains("\"title\":\"Via the API\"", "Hello.");
        String commit = read.body().replaceAll(".*\"commitId\":\"([0-9a-f]{40})\".*", "$1");
        Page saved = facilitator.api(
                "PUT",
                "/api/v1/communities/" + slug + "/pages/api/page",
                "{\"title\":\"Via the API\",\"body\":\"Hello again.\",\"baseCommit\":\"" + commit + "\"}");
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.body()).contains("\"outcome\":\"SAVED\"");
        Page conflict = facilitator.api(
                "PUT",
                "/api/v1/communities/" + slug + "/pages/api/page",
                "{\"title\":\"Via the API\",\"body\":\"Hello, stale.\",\"baseCommit\":\"" + commit + "\"}");
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.body()).contains("CONFLICT", "Hello, stale.");
        assertThat(member.api(
                                "PUT",
                                "/api/v1/communities/" + slug + "/pages/api/page",
                                "{\"title\":\"x\",\"body\":\"y\"}")
                        .status())
                .isEqualTo(403);
        assertThat(facilitator
                        .api("GET", "/api/v1/communities/" + slug + "/pages", null)
                        .body())
                .contains("api/page.md");
    }

    @Test
    void membersEditDirectlyWhenTheCommunityAllowsIt() {
        assertThat(member.get(space + "/-/edit/guidelines/none").status()).isEqualTo(403);
        Page settings = secretariat.get("/c/" + slug + "/edit");
        secretariat.post(
                "/c/" + slug + "/edit",
                fields(
                        "_csrf",
                        settings.csrf(),
                        "name",
                        "Community " + slug,
                        "purpose",
                        "Testing pages",
                        "description",
                        "",
                        "joinPolicy",
                        "BY_INVITATION",
                        "membersEditDirectly",
                        "true"));
        try {
            Page created = create(member, "members/notes", "Member notes", "Written by a member.");
            assertThat(created.text()).contains("The page is created.");
        } finally {
            secretariat.post(
                    "/c/" + slug + "/edit",
                    fields(
                            "_csrf",
                            settings.csrf(),
                            "name",
                            "Community " + slug,
                            "purpose",
                            "Testing pages",
                            "description",
                            "",
                            "joinPolicy",
                            "BY_INVITATION"));
        }
        // editing directly is over: the new-page form sends the member on to propose
        assertThat(member.getNoFollow(space + "/-/new").status()).isEqualTo(303);
    }
}
