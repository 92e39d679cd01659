package org.statcommons.academy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statcommons.support.Visitor.fields;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.statcommons.access.CommunityRole;
import org.statcommons.community.Community;
import org.statcommons.identity.Account;
import org.statcommons.support.Fixtures;
import org.statcommons.support.GitCli;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.Visitor;
import org.statcommons.support.Visitor.Page;

/**
 * Releases of a course: a maintainer releases main as 1.0 with a changelog (proposed from the commit subjects), a
 * clone over HTTP shows the tag v1.0 (which no push can move), the course is read and downloaded as of the release
 * after main moved on, the contents page says how many changes came since, a fork from a release starts at its commit
 * and says so; bad versions (malformed, not increasing, taken) are refused with the field named and nothing written,
 * and a contributor cannot release.
 */
@StatCommonsIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CourseReleaseIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Courses courses;

    @Autowired
    CourseReleases releases;

    GitCli git;
    Community officeA;
    Community officeB;
    Account ana;
    Account carl;
    Account bruno;

    @BeforeAll
    void setUp() {
        git = new GitCli();
        officeA = fixtures.community("Release office A " + System.nanoTime());
        officeB = fixtures.community("Release office B " + System.nanoTime());
        ana = fixtures.member(officeA, "Ana Maintainer", CommunityRole.FACILITATOR);
        carl = fixtures.member(officeA, "Carl Contributor", CommunityRole.MEMBER);
        bruno = fixtures.member(officeB, "Bruno Borrower", CommunityRole.FACILITATOR);
    }

    private String create(String title) {
        String list = "/c/" + officeA.slug() + "/courses";
        Page created = fixtures.signedIn(ana)
                .submitNoFollow(
                        list, list, fields("title", title, "language", "en", "licence", "CC-BY-4.0", "open", "true"));
        assertThat(created.status()).as(created.text()).isEqualTo(302);
        return created.location().replaceAll("^.*/courses/", "");
    }

    private String address(String course) {
        return "/c/" + officeA.slug() + "/courses/" + course;
    }

    private Page release(Account who, String course, String version, String changelog) {
        return fixtures.signedIn(who)
                .submitNoFollow(
                        address(course) + "/releases",
                        address(course) + "/releases",
                        fields("version", version, "changelog", changelog));
    }

    private Path clone(String course) {
        return git.cloned(port, officeA.slug() + "/courses/" + course, ana.email(), fixtures.gitToken(ana));
    }

    private String tags(String course) {
        Path work = clone(course);
        return git.run(work, "tag", "--list").output().strip();
    }

    private static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }

    @Test
    void aReleaseIsTaggedAndReadAsOfItsCommitAfterMainMovesOn() throws IOException {
        String course = create("Release demo");
        // the form proposes 1.0 and the commit subjects so far
        Page form = fixtures.signedIn(ana).get(address(course) + "/releases");
        assertThat(form.text()).contains("This course has no release yet.", "- Start the course Release demo");
        assertThat(form.body()).contains("value=\"1.0\"");
        GitCli.Result before = git.commitAndPush(
                clone(course),
                "glossary.md",
                "---\ntitle: Glossary\n---\n\nCommit: a recorded version.\n",
                "Shorter glossary",
                "origin",
                "HEAD:main");
        assertThat(before.ok()).as(before.output()).isTrue();
        Page made = release(ana, course, "1.0", "First release: *three* episodes.");
        assertThat(made.status()).as(made.text()).isEqualTo(302);
        String releaseCommit =
                git.run(clone(course), "rev-parse", "HEAD").output().strip();

        // a clone shows the tag, on main's commit of the moment
        Path work = clone(course);
        assertThat(git.run(work, "tag", "--list").output()).contains("v1.0");
        assertThat(git.run(work, "rev-parse", "v1.0^{commit}").output().strip()).isEqualTo(releaseCommit);

        // main moves on
        GitCli.Result pushed = git.commitAndPush(
                work,
                "episodes/02-first-commits.md",
                "---\ntitle: Recording changes, rewritten\n---\n\nNew text.\n",
                "Rewrite episode 2",
                "origin",
                "HEAD:main");
        assertThat(pushed.ok()).as(pushed.output()).isTrue();
        String afterCommit = git.run(work, "rev-parse", "HEAD").output().strip();
        // no push moves or deletes a release's tag
        GitCli.Result moved = git.run(work, "push", "--force", "origin", "HEAD:refs/tags/v1.0");
        assertThat(moved.ok()).as(moved.output()).isFalse();
        assertThat(git.run(work, "push", "origin", ":refs/tags/v1.0").ok()).isFalse();
        assertThat(git.run(clone(course), "rev-parse", "v1.0^{commit}").output().strip())
                .isEqualTo(releaseCommit);

        Visitor anyone = fixtures.anonymous();
        Page contents = anyone.get(address(course));
        assertThat(contents.text()).contains("Latest release: 1.0", "1 change since the latest release");
        Page list = anyone.get(address(course) + "/releases");
        assertThat(list.text()).contains("Release 1.0", "Git tag v1.0", "First release: three episodes.");
        assertThat(list.body()).contains("<em>three</em>");
        assertThat(fixtures.signedIn(ana).get(address(course) + "/releases").body())
                .contains("value=\"1.1\"", "- Rewrite episode 2");

        // as of the release: the contents, the episode, the print page and the zip show what 1.0 held
        Page old = anyone.get(address(course) + "/v/1.0");
        assertThat(old.status()).isEqualTo(200);
        assertThat(old.text())
                .contains("You are reading release 1.0 of this course.", "Recording changes")
                .doesNotContain("Recording changes, rewritten");
        assertThat(old.body()).contains("href=\"" + address(course) + "/v/1.0/episodes/02-first-commits\"");
        assertThat(anyone.get(address(course) + "/v/1.0/").status()).isEqualTo(200);
        Page oldEpisode = anyone.get(address(course) + "/v/1.0/episodes/02-first-commits");
        assertThat(oldEpisode.text()).contains("You are reading release 1.0").doesNotContain("rewritten");
        assertThat(anyone.get(address(course) + "/episodes/02-first-commits").text())
                .contains("Recording changes, rewritten");
        assertThat(anyone.get(address(course) + "/v/1.0/print").text())
                .contains("release 1.0")
                .doesNotContain("rewritten");
        assertThat(anyone.get(address(course) + "/v/1.0/episodes/fig/commits.svg")
                        .status())
                .isEqualTo(200);
        Map<String, String> zip =
                unzip(anyone.download(address(course) + "/v/1.0/offline.zip").body());
        assertThat(zip.get("episodes/02-first-commits.html"))
                .contains("release 1.0", releaseCommit.substring(0, 12))
                .doesNotContain("rewritten");
        assertThat(anyone.get(address(course) + "/v/9.9").status()).isEqualTo(404);
        assertThat(anyone.get(address(course) + "/v/not-a-version/episodes/01-why-version-control")
                        .status())
                .isEqualTo(404);

        // which version someone studied at a commit
        long id = courses.byName(officeA.id(), course).orElseThrow().id();
        assertThat(releases.versionOf(id, releaseCommit)).contains("1.0");
        assertThat(releases.versionOf(id, afterCommit)).contains("1.0");
        String first =
                git.run(work, "rev-list", "--max-parents=0", "HEAD").output().strip();
        assertThat(first).isNotEqualTo(releaseCommit);
        assertThat(releases.versionOf(id, first)).isEmpty();

        // the API lists it, and releases the next
        Page api = fixtures.anonymousApi()
                .api("GET", "/api/v1/communities/" + officeA.slug() + "/courses/" + course + "/releases", null);
        assertThat(api.body())
                .contains("\"version\":\"1.0\"", "\"tag\":\"v1.0\"", "\"commit\":\"" + releaseCommit + "\"");
        Page next = fixtures.bearer(fixtures.token(ana))
                .api(
                        "POST",
                        "/api/v1/communities/" + officeA.slug() + "/courses/" + course + "/releases",
                        "{\"version\":\"1.1\",\"changelog\":\"Episode 2 rewritten.\"}");
        assertThat(next.status()).as(next.body()).isEqualTo(201);
        assertThat(next.body()).contains("\"commit\":\"" + afterCommit + "\"");
        assertThat(releases.versionOf(id, afterCommit)).contains("1.1");
        assertThat(tags(course)).contains("v1.0", "v1.1");
    }

    @Test
    void badVersionsAreRefusedWithTheFieldNamedAndNothingWritten() {
        String course = create("Versions demo");
        for (String bad : new String[] {"", "one", "1", "1.0-beta", "01.0", "../1.0", "1.0.0.0", "9999999.0"}) {
            Page refused = release(ana, course, bad, "Changes.");
            assertThat(refused.status()).as(bad).isEqualTo(400);
            assertThat(refused.text()).as(bad).contains("Give the version as numbers separated by dots");
        }
        Page noChangelog = release(ana, course, "1.0", "  ");
        assertThat(noChangelog.status()).isEqualTo(400);
        assertThat(noChangelog.text()).contains("Changelog");
        assertThat(release(ana, course, "1.2", "First.").status()).isEqualTo(302);

        Page taken = release(ana, course, "1.2", "Again.");
        assertThat(taken.status()).isEqualTo(400);
        assertThat(taken.text()).contains("Version 1.2 is released already");
        assertThat(release(ana, course, "1.2.0", "Again.").text()).contains("Version 1.2.0 is released already");
        Page older = release(ana, course, "1.1", "Older.");
        assertThat(older.status()).isEqualTo(400);
        assertThat(older.text()).contains("Version 1.1 does not come after the latest release, 1.2");
        Page api = fixtures.bearer(fixtures.token(ana))
                .api(
                        "POST",
                        "/api/v1/communities/" + officeA.slug() + "/courses/" + course + "/releases",
                        "{\"version\":\"0.9\",\"changelog\":\"x\"}");
        assertThat(api.status()).isEqualTo(400);
        assertThat(api.body()).contains("\"version\"", "does not come after the latest release");

        // nothing of those was written: one release, one tag
        long id = courses.byName(officeA.id(), course).orElseThrow().id();
        assertThat(releases.of(id)).extracting(CourseRelease::version).containsExactly("1.2");
        assertThat(tags(course)).isEqualTo("v1.2");
    }

    @Test
    void aContributorCannotRelease() {
        String course = create("Permission demo");
        Page form = fixtures.signedIn(carl).get(address(course) + "/releases");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).doesNotContain("name=\"version\"");
        assertThat(release(carl, course, "1.0", "Mine.").status()).isEqualTo(403);
        Page api = fixtures.bearer(fixtures.token(carl))
                .api(
                        "POST",
                        "/api/v1/communities/" + officeA.slug() + "/courses/" + course + "/releases",
                        "{\"version\":\"1.0\",\"changelog\":\"x\"}");
        assertThat(api.status()).isEqualTo(403);
        assertThat(fixtures.anonymous().get(address(course) + "/releases").text())
                .contains("This course has no release yet.");
    }

    @Test
    void aForkFromAReleaseStartsAtItsCommitAndSaysSo() {
        String course = create("Fork a release");
        assertThat(release(ana, course, "1.0", "First.").status()).isEqualTo(302);
        String releaseCommit =
                git.run(clone(course), "rev-parse", "HEAD").output().strip();
        GitCli.Result pushed = git.commitAndPush(
                clone(course),
                "setup.md",
                "---\ntitle: Setup\n---\n\nInstall Git 2.45.\n",
                "Newer Git",
                "origin",
                "HEAD:main");
        assertThat(pushed.ok()).as(pushed.output()).isTrue();

        Page form = fixtures.signedIn(bruno).get(address(course) + "/fork?release=1.0");
        assertThat(form.body()).contains("<option value=\"1.0\" selected=\"selected\">");
        Page forked = fixtures.signedIn(bruno)
                .submitNoFollow(
                        address(course) + "/fork",
                        address(course) + "/fork",
                        fields(
                                "community",
                                officeB.slug(),
                                "name",
                                "from-release",
                                "language",
                                "",
                                "open",
                                "true",
                                "release",
                                "1.0"));
        assertThat(forked.status()).as(forked.text()).isEqualTo(302);
        String fork = "/c/" + officeB.slug() + "/courses/from-release";
        Page shown = fixtures.anonymous().get(fork);
        assertThat(shown.text())
                .contains("Adapted from Fork a release", "(its release 1.0)", "The original has 1 new change.");
        Path work = git.cloned(port, officeB.slug() + "/courses/from-release", bruno.email(), fixtures.gitToken(bruno));
        assertThat(git.run(work, "rev-parse", "HEAD").output().strip()).isEqualTo(releaseCommit);

        Page unknown = fixtures.signedIn(bruno)
                .submitNoFollow(
                        address(course) + "/fork",
                        address(course) + "/fork",
                        fields(
                                "community",
                                officeB.slug(),
                                "name",
                                "no-such",
                                "language",
                                "",
                                "open",
                                "true",
                                "release",
                                "7.0"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.text()).contains("The course has no release 7.0.");
        assertThat(courses.byName(officeB.id(), "no-such")).isEmpty();
    }
}
