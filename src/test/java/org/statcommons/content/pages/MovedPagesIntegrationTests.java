package org.statcommons.content.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statcommons.support.Visitor.fields;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.statcommons.access.CommunityRole;
import org.statcommons.access.JoinPolicy;
import org.statcommons.community.Community;
import org.statcommons.content.attachments.AttachmentsIntegrationTests;
import org.statcommons.identity.Account;
import org.statcommons.identity.CreateAccessToken;
import org.statcommons.identity.NewAccessToken;
import org.statcommons.identity.TokenScope;
import org.statcommons.support.Fixtures;
import org.statcommons.support.GitCli;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.Visitor;
import org.statcommons.support.Visitor.Download;
import org.statcommons.support.Visitor.Page;

/**
 * A page that moves takes its files and its publication along, whichever channel moves it: on the web the
 * files move in the same commit and the page's links into its folder are renamed with it; through Git the
 * pusher moves them. The public address, its files, the sitemap, the feed and search follow the page, the old
 * addresses answer 301, and the public text stays the version that was published.
 */
@StatCommonsIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MovedPagesIntegrationTests {

    static final byte[] PNG = AttachmentsIntegrationTests.PNG;
    static final byte[] CSV = AttachmentsIntegrationTests.CSV;

    @Autowired
    Fixtures fixtures;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @Autowired
    CreateAccessToken tokens;

    Community community;
    Account facilitatorPerson;
    Visitor facilitator;
    Visitor anonymous;
    String published;

    @BeforeAll
    void setUp() {
        community = fixtures.community("Moves", JoinPolicy.BY_REQUEST);
        facilitatorPerson = fixtures.member(community, "Ana Facilitator", CommunityRole.FACILITATOR);
        facilitator = fixtures.signedIn(facilitatorPerson);
        anonymous = fixtures.anonymous();
        published = "/c/" + community.slug() + "/p/";
    }

    private String page(String path) {
        return Fixtures.space(community) + "/" + path;
    }

    private String file(String filePath) {
        return Fixtures.space(community) + "/-/files/" + filePath;
    }

    private Page move(String from, String to) {
        Page form = facilitator.get(Fixtures.space(community) + "/-/move/" + from);
        return facilitator.post(
                Fixtures.space(community) + "/-/move/" + from, fields("_csrf", form.csrf(), "to", to, "summary", ""));
    }

    @Test
    void aPublishedPageMovedOnTheWebTakesItsFilesAndItsPublicAddressAlong() {
        fixtures.page(
                facilitator,
                community,
                "drafts/report",
                "Household report",
                "![Households](report.files/chart.png)\n\n[The table](./report.files/table.csv)\n\nThe published text.");
        facilitator.upload(
                page("drafts/report"),
                Fixtures.space(community) + "/-/attach/drafts/report",
                "chart.png",
                "image/png",
                PNG);
        facilitator.upload(
                page("drafts/report"),
                Fixtures.space(community) + "/-/attach/drafts/report",
                "table.csv",
                "text/csv",
                CSV);
        facilitator.submit(page("drafts/report"), Fixtures.space(community) + "/-/publish/drafts/report", fields());
        // an edit after publishing stays private, before and after the move
        Page form = facilitator.get(Fixtures.space(community) + "/-/edit/drafts/report");
        String base = form.body().replaceAll("(?s).*name=\"baseCommit\" value=\"([0-9a-f]{40})\".*", "$1");
        facilitator.post(
                Fixtures.space(community) + "/-/edit/drafts/report",
                fields(
                        "_csrf",
                        form.csrf(),
                        "baseCommit",
                        base,
                        "title",
                        "Household report",
                        "body",
                        "![Households](report.files/chart.png)\n\nA private draft.",
                        "summary",
                        ""));
        String headBefore = head();

        Page moved = move("drafts/report", "reports/households");
        assertThat(moved.path()).isEqualTo(page("reports/households"));
        assertThat(moved.body()).contains("src=\"" + file("reports/households.files/chart.png") + "\"");
        // one commit moved the page and its files (Git and the index see renames)
        assertThat(db.sql("""
                        select p.change || ' ' || coalesce(p.old_path || ' ', '') || p.path from content.commit_paths p
                        join content.commits c on c.community_id = p.community_id and c.seq = p.seq
                        where p.community_id = ? and c.parent_id = ? order by p.path""")
                        .params(community.id(), headBefore)
                        .query(String.class)
                        .list())
                .containsExactly(
                        "D drafts/report.files/chart.png",
                        "D drafts/report.files/table.csv",
                        "D drafts/report.md",
                        "R drafts/report.files/chart.png reports/households.files/chart.png",
                        "R drafts/report.files/table.csv reports/households.files/table.csv",
                        "R drafts/report.md reports/households.md");
        assertThat(facilitator
                        .download(file("reports/households.files/chart.png"))
                        .body())
                .isEqualTo(PNG);
        Download oldFile = facilitator.download(file("drafts/report.files/chart.png"));
        assertThat(oldFile.status()).isEqualTo(301);
        assertThat(oldFile.header("Location")).isEqualTo(file("reports/households.files/chart.png"));
        assertThat(facilitator
                        .get(Fixtures.space(community) + "/-/raw/reports/households")
                        .body())
                .as("the page's links into its folder are renamed with it")
                .contains("![Households](households.files/chart.png)")
                .doesNotContain("report.files");

        // the public page follows, still the published version, its files at the new place
        Page read = anonymous.get(published + "reports/households");
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.text()).contains("The published text.").doesNotContain("A private draft.");
        assertThat(read.body())
                .contains("src=\"" + published + "-/files/reports/households.files/chart.png\"")
                .contains("href=\"" + published + "-/files/reports/households.files/table.csv\"");
        Page oldAddress = anonymous.getNoFollow(published + "drafts/report");
        assertThat(oldAddress.status()).isEqualTo(301);
        assertThat(oldAddress.location()).isEqualTo(published + "reports/households");
        Download chart = anonymous.download(published + "-/files/reports/households.files/chart.png");
        assertThat(chart.status()).isEqualTo(200);
        assertThat(chart.body()).isEqualTo(PNG);
        Download oldChart = anonymous.download(published + "-/files/drafts/report.files/chart.png");
        assertThat(oldChart.status()).isEqualTo(301);
        assertThat(oldChart.header("Location")).isEqualTo(published + "-/files/reports/households.files/chart.png");
        String newAddress = "http://localhost:" + port + published + "reports/households";
        String oldLink = "http://localhost:" + port + published + "drafts/report";
        assertThat(anonymous.get("/sitemap.xml").body())
                .contains("<loc>" + newAddress + "</loc>")
                .doesNotContain(oldLink + "<");
        assertThat(anonymous.get("/c/" + community.slug() + "/feed.atom").body())
                .contains(newAddress)
                .doesNotContain(oldLink);
        assertThat(facilitator.get(page("reports/households")).text()).contains("Changed since published");

        // the API and search see the same
        String token = tokens.create(
                        facilitatorPerson.id(), new NewAccessToken("moves", EnumSet.of(TokenScope.READ), null))
                .secret();
        String api = "/api/v1/communities/" + community.slug() + "/pages/reports/households";
        assertThat(fixtures.bearer(token).api("GET", api, null).body()).contains("\"publishedCommit\":\"");
        assertThat(fixtures.bearer(token).api("GET", api + "/attachments", null).body())
                .contains(
                        "\"path\":\"reports/households.files/chart.png\"",
                        "\"path\":\"reports/households.files/table.csv\"");
        assertThat(fixtures.bearer(token)
                        .api(
                                "GET",
                                "/api/v1/communities/" + community.slug() + "/pages/drafts/report/attachments",
                                null)
                        .body())
                .doesNotContain("chart.png");
        assertThat(anonymous.api("GET", "/api/v1/search?q=published+text", null).body())
                .contains("reports/households.md")
                .doesNotContain("drafts/report.md");
    }

    @Test
    void aMoveOntoAnotherPagesFilesIsRefused() {
        fixtures.page(facilitator, community, "old/one", "One", "![Chart](one.files/chart.png)");
        facilitator.upload(
                page("old/one"), Fixtures.space(community) + "/-/attach/old/one", "chart.png", "image/png", PNG);
        fixtures.page(facilitator, community, "new/two", "Two", "Two.");
        facilitator.upload(
                page("new/two"), Fixtures.space(community) + "/-/attach/new/two", "data.csv", "text/csv", CSV);
        Page delete = facilitator.get(Fixtures.space(community) + "/-/delete/new/two");
        facilitator.post(
                Fixtures.space(community) + "/-/delete/new/two",
                fields(
                        "_csrf",
                        delete.csrf(),
                        "baseCommit",
                        delete.body().replaceAll("(?s).*name=\"baseCommit\" value=\"([0-9a-f]{40})\".*", "$1"),
                        "summary",
                        ""));

        Page refused = move("old/one", "new/two");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text()).contains("There are already files at new/two.files/");
        assertThat(facilitator.download(file("old/one.files/chart.png")).status())
                .isEqualTo(200);
        // a page without files may go there
        fixtures.page(facilitator, community, "old/three", "Three", "No files.");
        assertThat(move("old/three", "new/two").path()).isEqualTo(page("new/two"));
    }

    @Test
    void aPublishedPageMovedByAGitPushStaysPublishedAtItsNewAddress() throws Exception {
        fixtures.page(facilitator, community, "guide/intro", "Introduction", "![Map](intro.files/map.png)\n\nWelcome.");
        facilitator.upload(
                page("guide/intro"), Fixtures.space(community) + "/-/attach/guide/intro", "map.png", "image/png", PNG);
        facilitator.submit(page("guide/intro"), Fixtures.space(community) + "/-/publish/guide/intro", fields());

        GitCli git = new GitCli();
        Path directory = Files.createTempDirectory("statcommons-moves");
        String token = tokens.create(
                        facilitatorPerson.id(), new NewAccessToken("git", EnumSet.of(TokenScope.GIT), null))
                .secret();
        assertThat(git.run(
                                directory,
                                "clone",
                                GitCli.url(port, community.slug(), facilitatorPerson.email(), token),
                                "space")
                        .ok())
                .isTrue();
        Path work = directory.resolve("space");
        for (List<String> command : List.of(
                List.of("mv", "guide/intro.md", "guide/start.md"),
                List.of("mv", "guide/intro.files", "guide/start.files"))) {
            GitCli.Result moved = git.run(work, command.toArray(String[]::new));
            assertThat(moved.ok()).as(moved.output()).isTrue();
        }
        assertThat(git.run(work, "commit", "-q", "-m", "Rename the introduction")
                        .ok())
                .isTrue();
        Path text = work.resolve("guide/start.md");
        Files.writeString(text, Files.readString(text).replace("intro.files/", "start.files/"), StandardCharsets.UTF_8);
        assertThat(git.run(work, "commit", "-q", "-am", "Its map under its new name")
                        .ok())
                .isTrue();
        GitCli.Result push = git.run(work, "push", "origin", "main");
        assertThat(push.ok()).as(push.output()).isTrue();

        Page read = anonymous.get(published + "guide/start");
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.text()).contains("Welcome.");
        assertThat(read.body()).contains("src=\"" + published + "-/files/guide/start.files/map.png\"");
        assertThat(anonymous
                        .download(published + "-/files/guide/start.files/map.png")
                        .body())
                .isEqualTo(PNG);
        assertThat(anonymous.getNoFollow(published + "guide/intro").location()).isEqualTo(published + "guide/start");
        // the clone never fetched the published versions kept for moved pages
        assertThat(git.run(work, "branch", "-a").output()).doesNotContain("published");
    }

    private String head() {
        return db.sql("select indexed_commit from content.spaces where community_id = ?")
                .param(community.id())
                .query(String.class)
                .single();
    }
}
