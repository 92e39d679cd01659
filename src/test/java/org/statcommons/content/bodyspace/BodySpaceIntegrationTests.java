package org.statcommons.content.bodyspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statcommons.support.Visitor.fields;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.statcommons.access.CommunityRole;
import org.statcommons.access.JoinPolicy;
import org.statcommons.access.PlatformRole;
import org.statcommons.community.Community;
import org.statcommons.content.BodySpace;
import org.statcommons.identity.Account;
import org.statcommons.support.Fixtures;
import org.statcommons.support.GitCli;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.Visitor;
import org.statcommons.support.Visitor.Page;

/**
 * A body's members-only space (issue 11): its seat holders and the secretariat read and write it on the web and with
 * Git and find it by search; a member of the community not on the body, a former seat holder, a guest of the community
 * outside the body and anyone signed out get nothing of it through any channel: the body's page, the space's pages,
 * the editor, Git (with their own token), search (screen and API), the activity stream and its feed, the community's
 * space and its files, and the offline download of published pages.
 */
@StatCommonsIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BodySpaceIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient db;

    GitCli git;
    Community community;
    Account keeper;
    Account representative;
    Account alternate;
    Account outsider;
    Account facilitator;
    long body;
    long otherBody;

    @BeforeAll
    void setUp() {
        git = new GitCli();
        keeper = fixtures.account("Kim Keeper", PlatformRole.SECRETARIAT);
        community = fixtures.community("Body space " + System.nanoTime(), JoinPolicy.OPEN, keeper);
        representative = fixtures.member(community, "Rita Rep", CommunityRole.MEMBER);
        alternate = fixtures.member(community, "Alan Alt", CommunityRole.GUEST);
        outsider = fixtures.member(community, "Otto Out", CommunityRole.MEMBER);
        facilitator = fixtures.member(community, "Fay Facilitator", CommunityRole.FACILITATOR);
        body = insertBody("Steering Committee");
        otherBody = insertBody("Audit Board");
        seat(body, 1, representative, alternate);
        seat(otherBody, 2, outsider, null);
    }

    private long insertBody(String name) {
        return db.sql("""
                        insert into bodies.bodies (community_id, name, created_by, created_at)
                        values (?, ?, ?, now()) returning id""")
                .params(community.id(), name, keeper.id())
                .query(Long.class)
                .single();
    }

    /** A seat put in place directly: what is tested is who its holders are, not the seat form. */
    private void seat(long bodyId, long organisation, Account holder, Account stand) {
        db.sql("""
                        insert into bodies.seats (body_id, organisation_id, representative_id, alternate_id, updated_by, updated_at)
                        values (?, ?, ?, ?, ?, now())""")
                .params(bodyId, organisation, holder.id(), stand == null ? null : stand.id(), keeper.id())
                .update();
    }

    private String space() {
        return "/c/" + community.slug() + "/bodies/" + body + "/space";
    }

    private String bodyPage() {
        return "/c/" + community.slug() + "/bodies/" + body;
    }

    /** A page written in the body's space by the representative, through the new-page form; its secret word. */
    private String writePage(String path) {
        String word = "bodyword" + Long.toString(System.nanoTime(), 36);
        Visitor rita = fixtures.signedIn(representative);
        Page created = rita.submit(
                space() + "/-/new",
                space() + "/-/new",
                fields("path", path, "title", "Budget " + word, "body", "The " + word + " figures.", "summary", ""));
        assertThat(created.status()).as(created.text()).isEqualTo(200);
        assertThat(created.path()).isEqualTo(space() + "/" + path.replace(".md", ""));
        assertThat(created.text()).contains("The " + word + " figures.");
        return word;
    }

    private GitCli.Result cloneBodySpace(Account account, Path into) {
        String url = "http://" + java.net.URLEncoder.encode(account.email(), StandardCharsets.UTF_8) + ":"
                + java.net.URLEncoder.encode(fixtures.gitToken(account), StandardCharsets.UTF_8) + "@localhost:" + port
                + "/git/" + community.slug() + "/bodies/" + body + ".git";
        return git.run(into, "clone", url, "body");
    }

    private static Path tempDirectory() {
        try {
            return Files.createTempDirectory("body-space");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void seatHoldersAndTheSecretariatReadEditAndSeeTheHistory() {
        Visitor rita = fixtures.signedIn(representative);
        Page bodyPage = rita.get(bodyPage());
        assertThat(bodyPage.text()).contains("Members-only space", "Open the members-only space");
        Page front = rita.get(space());
        assertThat(front.status()).isEqualTo(200);
        assertThat(front.text()).contains("Steering Committee: members-only space", "New page", "git clone");

        String word = writePage("finance/budget.md");
        String page = space() + "/finance/budget";
        // the alternate, a guest of the community, edits it with the same editor
        Visitor alan = fixtures.signedIn(alternate);
        Page editor = alan.get(space() + "/-/edit/finance/budget");
        assertThat(editor.status()).isEqualTo(200);
        String base = editor.body().replaceAll("(?s).*name=\"baseCommit\" value=\"([0-9a-f]{40})\".*", "$1");
        Page saved = alan.submit(
                space() + "/-/edit/finance/budget",
                space() + "/-/edit/finance/budget",
                fields(
                        "title",
                        "Budget " + word,
                        "body",
                        "The " + word + " figures, checked.",
                        "baseCommit",
                        base,
                        "summary",
                        "Checked"));
        assertThat(saved.path()).isEqualTo(page);
        assertThat(saved.text()).contains("figures, checked.");
        Page history = rita.get(space() + "/-/history/finance/budget");
        assertThat(history.text()).contains("Alan Alt", "Rita Rep", "Checked");
        String compare = history.body()
                .replaceAll("(?s).*?href=\"([^\"]*/-/compare/[^\"]*)\".*", "$1")
                .replace("&amp;", "&");
        Page comparison = rita.get(compare);
        assertThat(comparison.status()).isEqualTo(200);
        assertThat(comparison.body()).contains("<ins>, checked</ins>");
        // an old version reads as it was
        String version = history.body().replaceAll("(?s).*href=\"[^\"]*\\?version=([0-9a-f]{40})\".*", "$1");
        assertThat(rita.get(page + "?version=" + version).status()).isEqualTo(200);

        // a file attached to the page opens for the body's members, and for no one else
        Page attached = rita.upload(
                page,
                space() + "/-/attach/finance/budget",
                "budget.csv",
                "text/csv",
                ("year,amount\n2027," + word + "\n").getBytes(StandardCharsets.UTF_8));
        assertThat(attached.status()).isEqualTo(302);
        assertThat(attached.location()).endsWith(space() + "/finance/budget#files");
        assertThat(rita.get(page).text()).contains("budget.csv");
        String file = space() + "/-/files/finance/budget.files/budget.csv";
        Visitor.Download download = alan.download(file);
        assertThat(download.status()).isEqualTo(200);
        assertThat(new String(download.body(), StandardCharsets.UTF_8)).contains(word);
        assertThat(fixtures.signedIn(outsider).download(file).status()).isEqualTo(403);
        assertThat(fixtures.signedIn(outsider)
                        .download("/c/" + community.slug() + "/space/-/files/finance/budget.files/budget.csv")
                        .status())
                .isEqualTo(404);

        // the secretariat runs the body: it reads and writes the space, and its page lists the space's pages
        Visitor kim = fixtures.signedIn(keeper);
        assertThat(kim.get(page).text()).contains("figures, checked.");
        assertThat(kim.get(bodyPage()).text()).contains("Budget " + word);
        // and the members find it by search, with the body named
        assertThat(rita.get("/search?q=" + word).text()).contains("Budget " + word, "Steering Committee");
        assertThat(kim.get("/search?q=" + word).text()).contains("Budget " + word);
    }

    @Test
    void aMemberNotOnTheBodyLearnsNothingOfItThroughAnyChannel() {
        String word = writePage("minutes/closed-session.md");
        String path = "minutes/closed-session";
        Visitor otto = fixtures.signedIn(outsider);
        Visitor fay = fixtures.signedIn(facilitator);
        for (Visitor visitor : java.util.List.of(otto, fay)) {
            Page bodyPage = visitor.get(bodyPage());
            assertThat(bodyPage.status()).isEqualTo(200);
            assertThat(bodyPage.text()).doesNotContain("Members-only space", word);
            assertThat(visitor.getNoFollow(space()).status()).isEqualTo(403);
            Page refused = visitor.getNoFollow(space() + "/" + path);
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.text()).doesNotContain(word);
            assertThat(visitor.getNoFollow(space() + "/-/history/" + path).status())
                    .isEqualTo(403);
            assertThat(visitor.getNoFollow(space() + "/-/edit/" + path).status())
                    .isEqualTo(403);
            assertThat(visitor.getNoFollow(space() + "/-/new").status()).isEqualTo(403);
            Page forged = visitor.submitNoFollow(
                    bodyPage(),
                    space() + "/-/new",
                    fields("path", "sneaky.md", "title", "Sneaky", "body", "x", "summary", ""));
            assertThat(forged.status()).isEqualTo(403);
            // search, on the screen and through the API
            assertThat(visitor.get("/search?q=" + word).text())
                    .contains("Nothing found")
                    .doesNotContain("Budget " + word);
            // the community's own space, its history and its files know nothing of the body's pages
            assertThat(visitor.get("/c/" + community.slug() + "/space").text()).doesNotContain(word);
            assertThat(visitor.getNoFollow("/c/" + community.slug() + "/space/" + path)
                            .status())
                    .isEqualTo(404);
            assertThat(visitor.get("/c/" + community.slug() + "/space/-/history")
                            .text())
                    .doesNotContain(word, "closed-session");
            assertThat(visitor.getNoFollow("/c/" + community.slug() + "/space/-/files/" + path + "/a.pdf")
                            .status())
                    .isIn(403, 404);
            // the activity stream and its public feed
            assertThat(visitor.get("/c/" + community.slug() + "/activity").text())
                    .doesNotContain(word, "closed-session");
        }
        assertThat(fixtures.bearer(fixtures.token(outsider))
                        .api("GET", "/api/v1/search?q=" + word, null)
                        .body())
                .doesNotContain("Budget " + word);
        assertThat(fixtures.bearer(fixtures.token(outsider))
                        .api("GET", "/api/v1/communities/" + community.slug() + "/activity", null)
                        .body())
                .doesNotContain(word, "closed-session");
        Visitor anonymous = fixtures.anonymous();
        assertThat(anonymous.get("/c/" + community.slug() + "/activity.atom").body())
                .doesNotContain(word, "closed-session");
        assertThat(anonymous.get("/search?q=" + word).text())
                .contains("Nothing found")
                .doesNotContain("Budget " + word);
        assertThat(anonymous.getNoFollow(space() + "/" + path).status()).isEqualTo(302);
        assertThat(anonymous.get(bodyPage()).text()).doesNotContain("Members-only space", word);
        // the offline download holds the community's published pages only
        Visitor kim = fixtures.signedIn(keeper);
        Page published = fixtures.page(kim, community, "public/notes.md", "Public notes", "Open to all.");
        kim.submit(published.path(), "/c/" + community.slug() + "/space/-/publish/public/notes", fields());
        Visitor.Download offline = otto.download("/c/" + community.slug() + "/p/-/published.zip");
        assertThat(offline.status()).isEqualTo(200);
        assertThat(zipText(offline.body())).contains("Open to all.").doesNotContain(word, "closed-session");

        // Git with the outsider's own token: the body's space does not exist for them, nor does its page in the
        // community's space
        Path directory = tempDirectory();
        GitCli.Result clone = cloneBodySpace(outsider, directory);
        assertThat(clone.ok()).as(clone.output()).isFalse();
        assertThat(clone.output()).contains("not found");
        GitCli.Result community = git.run(
                directory,
                "clone",
                GitCli.url(port, this.community.slug(), outsider.email(), fixtures.gitToken(outsider)),
                "community");
        assertThat(community.ok()).as(community.output()).isTrue();
        assertThat(directory.resolve("community/minutes/closed-session.md")).doesNotExist();
    }

    private static String zipText(byte[] zip) {
        StringBuilder text = new StringBuilder();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                text.append(entry.getName()).append('\n');
                text.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    @Test
    void aSeatHolderClonesAndPushesAndTheSpaceFollows() {
        Path directory = tempDirectory();
        GitCli.Result clone = cloneBodySpace(representative, directory);
        assertThat(clone.ok()).as(clone.output()).isTrue();
        Path work = directory.resolve("body");
        assertThat(work.resolve("start.md")).exists();
        String word = "pushedword" + Long.toString(System.nanoTime(), 36);
        GitCli.Result pushed = git.commitAndPush(
                work,
                "pushed/notes.md",
                "---\ntitle: Notes " + word + "\n---\nPushed " + word + ".\n",
                "Notes",
                "origin",
                "HEAD:main");
        assertThat(pushed.ok()).as(pushed.output()).isTrue();
        Visitor rita = fixtures.signedIn(representative);
        assertThat(rita.get(space() + "/pushed/notes").text()).contains("Pushed " + word);
        assertThat(rita.get("/search?q=" + word).text()).contains("Notes " + word);
        assertThat(fixtures.signedIn(outsider).get("/search?q=" + word).text())
                .contains("Nothing found")
                .doesNotContain("Notes " + word);
        // a body's space has no proposals: only main takes pushes
        GitCli.Result proposal = git.commitAndPush(
                work, "pushed/other.md", "---\ntitle: Other\n---\nOther.\n", "Other", "origin", "HEAD:proposals/x");
        assertThat(proposal.ok()).as(proposal.output()).isFalse();
        assertThat(proposal.output()).contains("only main");
        // the secretariat clones it too; the community's space is another repository
        GitCli.Result secretariat = cloneBodySpace(keeper, tempDirectory());
        assertThat(secretariat.ok()).as(secretariat.output()).isTrue();
        assertThat(BodySpace.keyOf(body)).isNegative();
    }

    @Test
    void losingASeatLosesTheSpaceAtOnce() {
        Account former = fixtures.member(community, "Fred Former", CommunityRole.MEMBER);
        seat(body, 3, former, null);
        String word = writePage("seat/held.md");
        Visitor fred = fixtures.signedIn(former);
        assertThat(fred.getNoFollow(space()).status()).isEqualTo(200);
        assertThat(fred.get("/search?q=" + word).text()).contains("Budget " + word);
        assertThat(cloneBodySpace(former, tempDirectory()).ok()).isTrue();

        db.sql("delete from bodies.seats where body_id = ? and organisation_id = 3")
                .param(body)
                .update();

        // the same session and the same token, the very next request
        assertThat(fred.getNoFollow(space()).status()).isEqualTo(403);
        assertThat(fred.getNoFollow(space() + "/seat/held").status()).isEqualTo(403);
        assertThat(fred.get("/search?q=" + word).text())
                .contains("Nothing found")
                .doesNotContain("Budget " + word);
        assertThat(fred.get(bodyPage()).text()).doesNotContain("Members-only space");
        GitCli.Result clone = cloneBodySpace(former, tempDirectory());
        assertThat(clone.ok()).as(clone.output()).isFalse();
        assertThat(clone.output()).contains("not found");
        // a seat holder who leaves the community loses it too, seat or not
        fixtures.remove(community, alternate);
        assertThat(fixtures.signedIn(alternate).getNoFollow(space()).status()).isEqualTo(403);
        fixtures.join(community, alternate, CommunityRole.GUEST);
    }

    @Test
    void theSpaceOfAnotherBodyOrAnUnknownOneIsRefused() {
        Visitor rita = fixtures.signedIn(representative);
        // the Audit Board's space is its own members': Rita sits on the Steering Committee only
        assertThat(rita.getNoFollow("/c/" + community.slug() + "/bodies/" + otherBody + "/space")
                        .status())
                .isEqualTo(403);
        assertThat(rita.getNoFollow("/c/" + community.slug() + "/bodies/987654321/space")
                        .status())
                .isEqualTo(404);
        // a body of this community asked for under another community's address
        Community elsewhere = fixtures.community("Elsewhere " + System.nanoTime());
        assertThat(fixtures.signedIn(keeper)
                        .getNoFollow("/c/" + elsewhere.slug() + "/bodies/" + body + "/space")
                        .status())
                .isIn(403, 404);
    }
}
