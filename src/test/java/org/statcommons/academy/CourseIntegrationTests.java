package org.statcommons.academy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statcommons.support.Visitor.fields;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * A course's whole path: a facilitator creates it in the browser (seeded with the sample course), a member pushes a
 * new episode over Git HTTP, learners read the site (contents, episodes with folded solutions and previous/next, the
 * printable page), the offline zip opens with every relative link found inside it, the catalogue and the API list it,
 * a bad manifest pushed is named by file and line, and a members-only course stays with the members.
 */
@StatCommonsIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CourseIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    GitCli git;
    Community community;
    Account facilitator;
    Account member;
    String course;

    @BeforeAll
    void setUp() {
        git = new GitCli();
        community = fixtures.community("Academy " + System.nanoTime());
        facilitator = fixtures.member(community, "Fiona Facilitator", CommunityRole.FACILITATOR);
        member = fixtures.member(community, "Mateo Member", CommunityRole.MEMBER);
        Visitor fiona = fixtures.signedIn(facilitator);
        String courses = "/c/" + community.slug() + "/courses";
        Page created = fiona.submitNoFollow(
                courses,
                courses,
                fields("title", "Git für Statistiker", "language", "de", "licence", "CC-BY-SA-4.0", "open", "true"));
        assertThat(created.status()).as(created.text()).isEqualTo(302);
        course = created.location().replaceAll("^.*/courses/", "");
        assertThat(course).isEqualTo("git-fur-statistiker");
    }

    private String address() {
        return "/c/" + community.slug() + "/courses/" + course;
    }

    private Path clone(Account account) {
        return git.cloned(port, community.slug() + "/courses/" + course, account.email(), fixtures.gitToken(account));
    }

    @Test
    void anEpisodeEditedInTheBrowserPassesAPushsChecksAndAStaleEditOfTheSameLinesSavesNothing() {
        Visitor mateo = fixtures.signedIn(member);
        String edit = address() + "/episodes/03-working-together/edit";
        String base = baseCommit(mateo.get(edit));
        String episode = "---\ntitle: Working together\nteaching: 20\n---\n\nClone once, then pull every day.\n";

        // refused, naming the field, the text shown again as typed, nothing saved
        Page open = mateo.submitNoFollow(edit, fields("text", "---\ntitle: Open\n\nNo end.", "baseCommit", base));
        assertThat(open.status()).isEqualTo(400);
        assertThat(open.text()).contains("front matter line 4 is not", "No end.");
        Page empty = mateo.submitNoFollow(edit, fields("text", " ", "baseCommit", base));
        assertThat(empty.status()).isEqualTo(400);
        Page notAVersion = mateo.submitNoFollow(edit, fields("text", episode, "baseCommit", "../../HEAD"));
        assertThat(notAVersion.status()).isEqualTo(400);
        Page huge = mateo.submitNoFollow(edit, fields("text", episode + "x".repeat(1_100_000), "baseCommit", base));
        assertThat(huge.status()).isIn(400, 413);
        assertThat(baseCommit(mateo.get(edit))).as("nothing saved").isEqualTo(base);

        // who may not write it, an episode it does not have, an address with path tricks
        assertThat(fixtures.anonymous().get(edit).status()).isIn(401, 403, 200);
        assertThat(fixtures.anonymous().get(edit).text()).doesNotContain("Save the episode");
        assertThat(fixtures.signedIn(fixtures.account("Stella Stranger"))
                        .get(edit)
                        .status())
                .isEqualTo(403);
        assertThat(mateo.get(address() + "/episodes/09-none/edit").status()).isEqualTo(404);
        assertThat(mateo.submitNoFollow(
                                address() + "/episodes/..%2F..%2Fcourse/edit",
                                fields("text", episode, "baseCommit", base))
                        .status())
                .isIn(400, 404);

        // saved as one commit on main; an edit of the same lines from the older version then saves nothing (409)
        Page saved = mateo.submitNoFollow(edit, fields("text", episode, "baseCommit", base, "summary", "Shorter"));
        assertThat(saved.status()).as(saved.text()).isEqualTo(302);
        assertThat(mateo.get(address() + "/episodes/03-working-together").text())
                .contains("The episode is saved.", "Clone once, then pull every day.");
        Page stale = mateo.submitNoFollow(
                edit, fields("text", episode.replace("every day", "every morning"), "baseCommit", base));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.text()).contains("Someone changed the same lines of this episode", "every morning");
        assertThat(mateo.get(address() + "/episodes/03-working-together").text())
                .contains("pull every day");
    }

    private static String baseCommit(Page form) {
        Matcher base =
                Pattern.compile("name=\"baseCommit\" value=\"([0-9a-f]{40})\"").matcher(form.body());
        assertThat(base.find()).as(form.text()).isTrue();
        return base.group(1);
    }

    @Test
    void aLearnerReadsTheContentsAndAnEpisodeWithItsSolutionFolded() {
        Visitor anyone = fixtures.anonymous();
        Page contents = anyone.get(address());
        assertThat(contents.status()).isEqualTo(200);
        assertThat(contents.text())
                .contains("Git für Statistiker", "CC-BY-SA-4.0", "Why version control?", "Recording changes", "150");
        assertThat(contents.body()).doesNotContain("git clone");

        Page episode = anyone.get(address() + "/episodes/02-first-commits");
        assertThat(episode.status()).isEqualTo(200);
        assertThat(episode.body())
                .contains("Create a repository and record changes")
                .contains("<details class=\"solution\"><summary>")
                .contains("href=\"03-working-together\"")
                .contains("rel=\"prev\"", "rel=\"next\"");
        Page first = anyone.get(address() + "/episodes/01-why-version-control");
        assertThat(first.body()).doesNotContain("lost versions").contains("src=\"fig/commits.svg\"");
        Page image = anyone.get(address() + "/episodes/fig/commits.svg");
        assertThat(image.status()).isEqualTo(200);
        assertThat(image.contentType()).startsWith("image/svg+xml");
        assertThat(image.header("Content-Security-Policy")).contains("sandbox");

        // contributors are the instructors: they read the notes
        Page asInstructor = fixtures.signedIn(member).get(address() + "/episodes/01-why-version-control");
        assertThat(asInstructor.body()).contains("lost versions");

        Page print = anyone.get(address() + "/print");
        assertThat(print.body())
                .contains("id=\"episode-03-working-together\"", "href=\"#episode-03-working-together\"")
                .contains("src=\"episodes/fig/commits.svg\"", "Glossary");
        assertThat(anyone.get(address() + "/setup").text()).contains("git config --global user.name");
        assertThat(anyone.get(address() + "/episodes/99-none").status()).isEqualTo(404);
        assertThat(anyone.get(address() + "/episodes/..%2F..%2Fcourse.yml").status())
                .isIn(400, 404);
        assertThat(anyone.get(address() + "/episodes/fig/..%2F..%2Fcourse.yml").status())
                .isIn(400, 404);
    }

    @Test
    void aMemberPushesAnEpisodeOverGitAndTheSiteShowsIt() {
        Path work = clone(member);
        assertThat(work.resolve("course.yml")).content().contains("title: \"Git für Statistiker\"");
        GitCli.Result pushed = git.commitAndPush(
                work,
                "episodes/04-branches.md",
                "---\ntitle: Branches for a new round\nteaching: 15\nexercises: 10\n"
                        + "objectives: [\"Start a branch for the 2027 round.\"]\n---\n\nUse `git switch -c round-2027`.\n",
                "Add an episode on branches",
                "origin",
                "HEAD:main");
        assertThat(pushed.ok()).as(pushed.output()).isTrue();

        Visitor anyone = fixtures.anonymous();
        assertThat(anyone.get(address()).text()).contains("Branches for a new round");
        Page episode = anyone.get(address() + "/episodes/04-branches");
        assertThat(episode.text()).contains("Start a branch for the 2027 round.", "git switch -c round-2027");
        assertThat(anyone.get(address() + "/episodes/03-working-together").body())
                .contains("href=\"/c/" + community.slug() + "/courses/" + course + "/episodes/04-branches\"");

        // only main: a course has no proposals yet
        GitCli.Result branch =
                git.commitAndPush(work, "episodes/05-x.md", "---\ntitle: X\n---\n", "X", "origin", "HEAD:other");
        assertThat(branch.ok()).isFalse();
        assertThat(branch.output()).contains("A course has only main");
    }

    @Test
    void aBadManifestPushedIsNamedByFileAndLine() {
        Visitor fiona = fixtures.signedIn(facilitator);
        String second = fiona.submitNoFollow(
                        "/c/" + community.slug() + "/courses",
                        "/c/" + community.slug() + "/courses",
                        fields("title", "Broken manifest", "language", "en", "licence", "CC-BY-4.0", "open", "true"))
                .location()
                .replaceAll("^.*/courses/", "");
        String saved = course;
        course = second;
        try {
            Path work = clone(member);
            GitCli.Result pushed = git.commitAndPush(
                    work,
                    "course.yml",
                    "summary: No title\nlicence: CC-BY-FOO\n",
                    "Break the manifest",
                    "origin",
                    "HEAD:main");
            assertThat(pushed.ok()).as(pushed.output()).isTrue();
            GitCli.Result loose = git.commitAndPush(
                    work, "episodes/04-loose.md", "No front matter here.\n", "Loose", "origin", "HEAD:main");
            assertThat(loose.ok()).as(loose.output()).isTrue();

            Page contents = fixtures.signedIn(member).get(address());
            assertThat(contents.status()).isEqualTo(200);
            assertThat(contents.text())
                    .contains("course.yml:1", "The title is missing")
                    .contains("course.yml:2", "\"CC-BY-FOO\" is not a licence’s SPDX identifier")
                    .contains("episodes/04-loose.md:1", "no front matter");
            Page api = fixtures.bearer(fixtures.token(member))
                    .api("GET", "/api/v1/communities/" + community.slug() + "/courses/" + course, null);
            assertThat(api.body()).contains("\"file\":\"course.yml\",\"line\":2");
            // learners are not shown the problems
            assertThat(fixtures.anonymous().get(address()).text()).doesNotContain("CC-BY-FOO");
        } finally {
            course = saved;
        }
    }

    @Test
    void theOfflineZipHoldsEveryPageAndEveryRelativeLinkIsInside() throws IOException {
        Visitor.Download zip = fixtures.anonymous().download(address() + "/offline.zip");
        assertThat(zip.status()).isEqualTo(200);
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertThat(entries)
                .containsKeys(
                        "index.html",
                        "print.html",
                        "setup.html",
                        "glossary.html",
                        "course.css",
                        "episodes/01-why-version-control.html",
                        "episodes/03-working-together.html",
                        "episodes/fig/commits.svg");
        assertThat(entries.get("episodes/01-why-version-control.html"))
                .contains("<details class=\"solution\">")
                .doesNotContain("lost versions", "<script");
        Pattern link = Pattern.compile("(?:href|src)=\"([^\"]*)\"");
        int checked = 0;
        int online = 0;
        for (Map.Entry<String, String> page : entries.entrySet()) {
            if (!page.getKey().endsWith(".html")) {
                continue;
            }
            Matcher found = link.matcher(page.getValue());
            while (found.find()) {
                String target = found.group(1);
                if (target.matches("https?://[^/]+" + Pattern.quote(address()) + "(/episodes/[0-9a-z-]+)?")) {
                    online++; // the way back to the course online, where a learner marks episodes done
                    continue;
                }
                assertThat(target).as(page.getKey()).doesNotStartWith("/").doesNotStartWith("http");
                if (target.startsWith("#")) {
                    continue;
                }
                String resolved = URI.create("zip:/" + page.getKey())
                        .resolve(target.replaceAll("#.*$", ""))
                        .getPath()
                        .substring(1);
                assertThat(entries).as(page.getKey() + " links to " + target).containsKey(resolved);
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(20);
        assertThat(online).as("the contents and each episode link back online").isGreaterThanOrEqualTo(4);
    }

    @Test
    void theCatalogueAndTheApiListPublicCoursesWithFacets() {
        Visitor anyone = fixtures.anonymous();
        Page catalogue = anyone.get("/academy?q=Statistiker&licence=CC-BY-SA-4.0");
        assertThat(catalogue.text()).contains("Git für Statistiker", community.name());
        assertThat(anyone.get("/academy?q=Statistiker&licence=MIT").text()).doesNotContain("Git für Statistiker");
        Page api = fixtures.anonymousApi().api("GET", "/api/v1/courses?q=Statistiker", null);
        assertThat(api.status()).isEqualTo(200);
        assertThat(api.body()).contains("\"name\":\"" + course + "\"", "\"licence\":\"CC-BY-SA-4.0\"", "\"licence\":[");
        Page one = fixtures.anonymousApi()
                .api("GET", "/api/v1/communities/" + community.slug() + "/courses/" + course, null);
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.body())
                .contains("\"title\":\"Git für Statistiker\"", "\"objectives\":[", "\"name\":\"02-first-commits\"")
                .contains("\"problems\":[]", "\"git\":null");
    }

    @Test
    void aMembersOnlyCourseStaysWithTheMembers() {
        Visitor fiona = fixtures.signedIn(facilitator);
        Page created = fiona.submitNoFollow(
                "/c/" + community.slug() + "/courses",
                "/c/" + community.slug() + "/courses",
                fields("title", "Internal methods", "language", "en", "licence", "CC-BY-4.0", "open", "false"));
        String internal = created.location();
        assertThat(fixtures.anonymous().getNoFollow(internal).status()).isEqualTo(302);
        Account outsider = fixtures.account("Olga Outsider");
        assertThat(fixtures.signedIn(outsider).get(internal).status()).isEqualTo(403);
        assertThat(fixtures.signedIn(member).get(internal).status()).isEqualTo(200);
        assertThat(fixtures.anonymous().get("/academy?q=Internal").text()).doesNotContain("Internal methods");
        // Git answers "not found" to those who may not read it
        GitCli.Result clone = git.run(
                git.home(),
                "clone",
                GitCli.url(
                        port,
                        community.slug() + "/courses/internal-methods",
                        outsider.email(),
                        fixtures.gitToken(outsider)),
                "internal");
        assertThat(clone.ok()).isFalse();
        // a plain member may not create a course
        Page refused = fixtures.signedIn(member)
                .submitNoFollow(
                        "/c/" + community.slug() + "/courses",
                        "/c/" + community.slug() + "/courses",
                        fields("title", "Mine", "language", "en", "licence", "CC-BY-4.0", "open", "true"));
        assertThat(refused.status()).isEqualTo(403);
        // bad input is named by field and changes nothing
        Page bad = fiona.submit(
                "/c/" + community.slug() + "/courses",
                "/c/" + community.slug() + "/courses",
                fields("title", "", "language", "not a tag", "licence", "CC-BY-FOO", "open", "true"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.text()).contains("Give the language as a tag", "Choose a licence by its SPDX identifier");
    }
}
