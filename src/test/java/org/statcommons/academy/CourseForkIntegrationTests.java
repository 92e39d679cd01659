package org.statcommons.academy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statcommons.support.Visitor.fields;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
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
import org.statcommons.platform.StatCommonsProperties;
import org.statcommons.support.Fixtures;
import org.statcommons.support.GitCli;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.Visitor;
import org.statcommons.support.Visitor.Page;

/**
 * Reuse across offices: office A publishes a course, office B forks it (the fork's clone holds A's commits, every page
 * of the fork, its printable page and its zip name A's course, community and licence), A's fork network lists B, A's
 * next change shows in B as "1 new change", and the refusals: a taken or tricky name, a community where one does not
 * maintain courses, a licence without derivatives, a members-only course forked by a stranger. A fork of a fork and a
 * fork in the origin's own community are allowed, and the network shows the tree.
 */
@StatCommonsIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CourseForkIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Courses courses;

    @Autowired
    StatCommonsProperties site;

    GitCli git;
    Community officeA;
    Community officeB;
    Account ana;
    Account bruno;
    Account bea;
    String original;

    @BeforeAll
    void setUp() {
        git = new GitCli();
        officeA = fixtures.community("Office A " + System.nanoTime());
        officeB = fixtures.community("Office B " + System.nanoTime());
        ana = fixtures.member(officeA, "Ana Author", CommunityRole.FACILITATOR);
        bruno = fixtures.member(officeB, "Bruno Borrower", CommunityRole.FACILITATOR);
        bea = fixtures.member(officeB, "Bea Member", CommunityRole.MEMBER);
        original = create(ana, officeA, "Git for statisticians", "CC-BY-4.0", true);
    }

    private String create(Account maintainer, Community community, String title, String licence, boolean open) {
        String courses = "/c/" + community.slug() + "/courses";
        Page created = fixtures.signedIn(maintainer)
                .submitNoFollow(
                        courses,
                        courses,
                        fields("title", title, "language", "en", "licence", licence, "open", Boolean.toString(open)));
        assertThat(created.status()).as(created.text()).isEqualTo(302);
        return created.location().replaceAll("^.*/courses/", "");
    }

    private static String address(Community community, String course) {
        return "/c/" + community.slug() + "/courses/" + course;
    }

    private Page fork(Account who, Community from, String course, Community into, String name, String language) {
        return fixtures.signedIn(who)
                .submitNoFollow(
                        address(from, course) + "/fork",
                        address(from, course) + "/fork",
                        fields("community", into.slug(), "name", name, "language", language, "open", "true"));
    }

    private Path clone(Account account, Community community, String course) {
        return git.cloned(port, community.slug() + "/courses/" + course, account.email(), fixtures.gitToken(account));
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
    void aForkKeepsTheHistoryNamesItsOriginEverywhereAndIsInTheNetwork() throws IOException {
        Page forked = fork(bruno, officeA, original, officeB, "git-b", "");
        assertThat(forked.status()).as(forked.text()).isEqualTo(302);
        assertThat(forked.location()).endsWith(address(officeB, "git-b"));
        // nothing is copied: every object file of the fork is a hard link to the original's
        long forkId = courses.byName(officeB.id(), "git-b").orElseThrow().id();
        List<Path> objects;
        try (Stream<Path> files = Files.walk(site.dataDir().resolve("spaces/course-" + forkId + ".git/objects"))) {
            objects = files.filter(Files::isRegularFile)
                    .filter(file -> !file.getParent().getFileName().toString().equals("info"))
                    .toList();
        }
        assertThat(objects).isNotEmpty();
        for (Path object : objects) {
            assertThat((int) Files.getAttribute(object, "unix:nlink"))
                    .as(object.toString())
                    .isGreaterThan(1);
        }

        // the clone's log holds the original's first commit, made by Ana in office A
        Path work = clone(bea, officeB, "git-b");
        GitCli.Result log = git.run(work, "log", "--format=%an|%s");
        assertThat(log.output()).contains("Ana Author|Start the course Git for statisticians");

        String attribution = "Adapted from Git for statisticians by " + officeA.name() + ", licence CC-BY-4.0";
        Visitor anyone = fixtures.anonymous();
        for (String page : new String[] {"", "/episodes/02-first-commits", "/setup", "/print"}) {
            Page shown = anyone.get(address(officeB, "git-b") + page);
            assertThat(shown.status()).as(page).isEqualTo(200);
            assertThat(shown.text()).as(page).contains(attribution);
        }
        Map<String, String> zip = unzip(
                anyone.download(address(officeB, "git-b") + "/offline.zip").body());
        for (String page : new String[] {"index.html", "episodes/01-why-version-control.html", "print.html"}) {
            assertThat(zip.get(page)).as(page).contains("Adapted from", officeA.name(), "CC-BY-4.0");
        }
        // the attribution does not come from course.yml: a push removing every trace of it changes nothing
        GitCli.Result pushed = git.commitAndPush(
                work,
                "course.yml",
                "title: Our own Git course\nlicence: CC-BY-4.0\n",
                "Make it ours",
                "origin",
                "HEAD:main");
        assertThat(pushed.ok()).as(pushed.output()).isTrue();
        assertThat(anyone.get(address(officeB, "git-b")).text()).contains("Our own Git course", attribution);

        Page network = anyone.get(address(officeA, original) + "/network");
        assertThat(network.text()).contains(officeB.name(), "Our own Git course", "CC-BY-4.0");
        assertThat(network.text()).contains("0 changes behind and 1 change ahead");
        Page api = fixtures.anonymousApi()
                .api("GET", "/api/v1/communities/" + officeA.slug() + "/courses/" + original, null);
        assertThat(api.body()).contains("\"forks\":[{", "\"community\":\"" + officeB.slug() + "\",\"name\":\"git-b\"");
        Page forkApi =
                fixtures.anonymousApi().api("GET", "/api/v1/communities/" + officeB.slug() + "/courses/git-b", null);
        assertThat(forkApi.body())
                .contains("\"origin\":{\"community\":\"" + officeA.slug() + "\",\"name\":\"" + original + "\"")
                .contains("\"newChanges\":0", "\"ahead\":1");
    }

    @Test
    void theOriginalsNewChangeShowsInTheFork() {
        String course = create(ana, officeA, "Upstream demo", "CC-BY-4.0", true);
        assertThat(fork(bruno, officeA, course, officeB, "upstream-demo", "").status())
                .isEqualTo(302);
        assertThat(fixtures.anonymous().get(address(officeB, "upstream-demo")).text())
                .contains("This course has every change of the original.");

        Path work = clone(ana, officeA, course);
        GitCli.Result pushed = git.commitAndPush(
                work,
                "episodes/02-first-commits.md",
                "---\ntitle: Recording changes, corrected\n---\n\nA fix from office A.\n",
                "Fix episode 2",
                "origin",
                "HEAD:main");
        assertThat(pushed.ok()).as(pushed.output()).isTrue();
        assertThat(fixtures.anonymous().get(address(officeB, "upstream-demo")).text())
                .contains("The original has 1 new change.");
    }

    @Test
    void badForksAreRefusedAndNamed() {
        assertThat(fork(bruno, officeA, original, officeB, "taken-name", "").status())
                .isEqualTo(302);
        Page taken = fork(bruno, officeA, original, officeB, "taken-name", "");
        assertThat(taken.status()).isEqualTo(400);
        assertThat(taken.text()).contains("has a course at the address taken-name already");
        Page tricky = fork(bruno, officeA, original, officeB, "../../x", "");
        assertThat(tricky.status()).isEqualTo(400);
        assertThat(tricky.text()).contains("lower-case letters, digits and hyphens");
        Page language = fork(bruno, officeA, original, officeB, "translated", "not a tag");
        assertThat(language.status()).isEqualTo(400);
        // Bruno maintains no course in office A
        assertThat(fork(bruno, officeA, original, officeA, "mine-in-a", "").status())
                .isEqualTo(403);
        // a plain member of office B maintains none there either
        assertThat(fork(bea, officeA, original, officeB, "bea-fork", "").status())
                .isEqualTo(403);
        // an unknown community
        Page nowhere = fixtures.signedIn(bruno)
                .submitNoFollow(
                        address(officeA, original) + "/fork",
                        address(officeA, original) + "/fork",
                        fields("community", "no-such-community", "name", "x", "language", "", "open", "true"));
        assertThat(nowhere.status()).isEqualTo(400);

        String noDerivatives = create(ana, officeA, "Locked course", "CC-BY-ND-4.0", true);
        Page refused = fork(bruno, officeA, noDerivatives, officeB, "locked", "");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text()).contains("CC-BY-ND-4.0", "cannot be forked");
        assertThat(fixtures.anonymous().get(address(officeB, "locked")).status())
                .isEqualTo(404);
    }

    @Test
    void aMembersOnlyCourseIsForkedOnlyByThoseWhoReadItAndStaysMembersOnly() {
        String internal = create(ana, officeA, "Internal methods", "CC-BY-4.0", false);
        // Bruno maintains courses in office B but may not read office A's members-only course
        assertThat(fork(bruno, officeA, internal, officeB, "internal-b", "").status())
                .isEqualTo(403);
        assertThat(fixtures.signedIn(bruno).get(address(officeB, "internal-b")).status())
                .isEqualTo(404);
        // a maintainer of both offices may, and the fork stays members only
        Account both = fixtures.member(officeA, "Dora Double", CommunityRole.FACILITATOR);
        fixtures.join(officeB, both, CommunityRole.FACILITATOR);
        assertThat(fork(both, officeA, internal, officeB, "internal-b", "").status())
                .isEqualTo(302);
        assertThat(fixtures.signedIn(bea).get(address(officeB, "internal-b")).status())
                .isEqualTo(200);
        assertThat(fixtures.anonymous()
                        .getNoFollow(address(officeB, "internal-b"))
                        .status())
                .isEqualTo(302);
        // the origin's later change shows to a reader of the origin only: Bea sees the attribution, not how it stands
        push(ana, officeA, internal, EPISODE_TWO, "---\ntitle: Secret changes\n---\n\nA new paragraph.\n", "Two");
        assertThat(fixtures.signedIn(both).get(address(officeB, "internal-b")).text())
                .contains("The original has 1 new change.");
        Page beaSees = fixtures.signedIn(bea).get(address(officeB, "internal-b"));
        assertThat(beaSees.text()).contains("Adapted from Internal methods");
        assertThat(beaSees.text()).doesNotContain("new change", "every change of the original", "of its own");
        Page beaApi = fixtures.bearer(fixtures.token(bea))
                .api("GET", "/api/v1/communities/" + officeB.slug() + "/courses/internal-b", null);
        assertThat(beaApi.status()).as(beaApi.body()).isEqualTo(200);
        assertThat(beaApi.body()).contains("\"newChanges\":null", "\"ahead\":null", "\"outOfDate\":null");
        // the network shows the members-only fork to those who may read it only
        assertThat(fixtures.signedIn(ana)
                        .get(address(officeA, internal) + "/network")
                        .text())
                .doesNotContain("internal-b");
    }

    @Test
    void aForkOfAForkAndAForkInTheSameCommunityMakeATree() {
        String course = create(ana, officeA, "Tree demo", "CC0-1.0", true);
        assertThat(fork(ana, officeA, course, officeA, "tree-demo-copy", "").status())
                .isEqualTo(302);
        assertThat(fork(bruno, officeA, course, officeB, "tree-b", "fr").status())
                .isEqualTo(302);
        assertThat(fork(ana, officeB, "tree-b", officeA, "tree-b-back", "").status())
                .isEqualTo(302);

        Page network = fixtures.anonymous().get(address(officeA, course) + "/network");
        assertThat(network.status()).isEqualTo(200);
        // the fork of the fork is listed inside its origin's item
        assertThat(network.body()).containsPattern("(?s)tree-b\".*Translation.*<ul>.*tree-b-back");
        assertThat(network.body()).contains("/courses/tree-demo-copy\"");
        assertThat(network.text()).contains(officeB.name() + " · fr · CC0-1.0");
        // the fork of the fork names the course it was forked from: the translation
        assertThat(fixtures.anonymous().get(address(officeA, "tree-b-back")).text())
                .contains("Adapted from Tree demo by " + officeB.name() + ", licence CC0-1.0");
    }

    private void push(Account who, Community community, String course, String file, String text, String message) {
        Path work = clone(who, community, course);
        GitCli.Result pushed = git.commitAndPush(work, file, text, message, "origin", "HEAD:main");
        assertThat(pushed.ok()).as(pushed.output()).isTrue();
    }

    private static final String EPISODE_TWO = "episodes/02-first-commits.md";

    @Test
    void theOriginalsChangesComeInThroughAProposalMergedByTheForksMaintainer() {
        String course = create(ana, officeA, "Pull demo", "CC-BY-4.0", true);
        assertThat(fork(bruno, officeA, course, officeB, "pull-demo", "").status())
                .isEqualTo(302);
        push(
                ana,
                officeA,
                course,
                EPISODE_TWO,
                "---\ntitle: Recording changes, fixed upstream\n---\n\nFixed.\n",
                "Fix 2");
        String fork = address(officeB, "pull-demo");
        Visitor brunoBrowser = fixtures.signedIn(bruno);
        assertThat(brunoBrowser.get(fork).text()).contains("The original has 1 new change.");

        // a plain member may not open it; the fork's maintainer may
        assertThat(fixtures.signedIn(bea)
                        .submitNoFollow(fork, fork + "/upstream", Map.of())
                        .status())
                .isEqualTo(403);
        Page opened = brunoBrowser.submitNoFollow(fork, fork + "/upstream", Map.of());
        assertThat(opened.status()).as(opened.text()).isEqualTo(302);
        String proposal = opened.location().replaceAll("^https?://[^/]+", "");
        // a second click leads to the same proposal
        assertThat(brunoBrowser
                        .submitNoFollow(fork, fork + "/upstream", Map.of())
                        .location())
                .endsWith(proposal);
        Page shown = brunoBrowser.get(proposal);
        assertThat(shown.text()).contains("Changes from the original, Pull demo", EPISODE_TWO, "changed", "Open");
        assertThat(fixtures.signedIn(bea)
                        .submitNoFollow(proposal, proposal + "/merge", Map.of())
                        .status())
                .isEqualTo(403);

        Page merged = brunoBrowser.submit(proposal, proposal + "/merge", Map.of());
        assertThat(merged.text()).contains("Merged into the course.", "Merged");
        assertThat(fixtures.anonymous().get(fork).text())
                .contains("Recording changes, fixed upstream", "This course has every change of the original.");
        // nothing new: a second click is refused and names why
        Page again = brunoBrowser.submit(fork, fork + "/upstream", Map.of());
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.text()).contains("The original has no change that this course lacks.");
    }

    @Test
    void aConflictingUpstreamChangeIsResolvedInTheBrowser() {
        String course = create(ana, officeA, "Conflict demo", "CC-BY-4.0", true);
        assertThat(fork(bruno, officeA, course, officeB, "conflict-demo", "").status())
                .isEqualTo(302);
        push(ana, officeA, course, EPISODE_TWO, "---\ntitle: Recording changes\n---\n\nOffice A's line.\n", "A");
        push(
                bruno,
                officeB,
                "conflict-demo",
                EPISODE_TWO,
                "---\ntitle: Recording changes\n---\n\nOffice B's line.\n",
                "B");
        push(ana, officeA, course, "setup.md", "---\ntitle: Setup\n---\n\nInstall Git 2.45.\n", "Setup");
        String fork = address(officeB, "conflict-demo");
        Visitor brunoBrowser = fixtures.signedIn(bruno);
        String proposal = brunoBrowser
                .submitNoFollow(fork, fork + "/upstream", Map.of())
                .location()
                .replaceAll("^https?://[^/]+", "");
        Page shown = brunoBrowser.get(proposal);
        assertThat(shown.text()).contains("Both sides changed the same lines", "The file " + EPISODE_TWO);
        assertThat(shown.body())
                .contains("&lt;&lt;&lt;&lt;&lt;&lt;&lt; main", "Office A&#39;s line.", "Office B&#39;s line.");
        assertThat(shown.body()).doesNotContain("/merge\"");

        // markers left in are refused, named by file, and nothing changes
        Page marked = brunoBrowser.submit(
                proposal,
                proposal + "/resolve",
                fields("path-0", EPISODE_TWO, "file-0", "<<<<<<< main\nboth\n>>>>>>> proposal\n"));
        assertThat(marked.status()).isEqualTo(400);
        assertThat(marked.text()).contains("still has conflict markers");

        Page resolved = brunoBrowser.submit(
                proposal,
                proposal + "/resolve",
                fields("path-0", EPISODE_TWO, "file-0", "---\ntitle: Recording changes\n---\n\nBoth offices' line.\n"));
        assertThat(resolved.status()).as(resolved.text()).isEqualTo(200);
        assertThat(resolved.text()).contains("The resolution is saved");
        assertThat(resolved.body()).contains("/merge\"");
        brunoBrowser.submit(proposal, proposal + "/merge", Map.of());
        Visitor anyone = fixtures.anonymous();
        assertThat(anyone.get(fork + "/episodes/02-first-commits").text()).contains("Both offices' line.");
        // the other file of the original came in as Git merges it
        assertThat(anyone.get(fork + "/setup").text()).contains("Install Git 2.45.");
        assertThat(anyone.get(fork).text()).contains("This course has every change of the original.");
    }

    @Test
    void aForkContributesBackAndTheOriginalsMaintainerMergesIt() {
        String course = create(ana, officeA, "Contribute demo", "CC-BY-4.0", true);
        assertThat(fork(bruno, officeA, course, officeB, "contribute-demo", "").status())
                .isEqualTo(302);
        push(
                bea,
                officeB,
                "contribute-demo",
                "episodes/04-tags.md",
                "---\ntitle: Tagging a release\n---\n\nUse git tag.\n",
                "Tags");
        String fork = address(officeB, "contribute-demo");
        Visitor beaBrowser = fixtures.signedIn(bea);
        assertThat(beaBrowser.get(fork).text()).contains("This course has 1 change of its own.");
        Page opened = beaBrowser.submitNoFollow(fork, fork + "/contribute", Map.of());
        assertThat(opened.status()).as(opened.text()).isEqualTo(302);
        String proposal = opened.location().replaceAll("^https?://[^/]+", "");
        assertThat(proposal).startsWith(address(officeA, course) + "/proposals/");
        // Bea wrote it but may not merge it in office A; Ana, who has no right in office B, may
        assertThat(beaBrowser
                        .submitNoFollow(proposal, proposal + "/merge", Map.of())
                        .status())
                .isEqualTo(403);
        Visitor anaBrowser = fixtures.signedIn(ana);
        Page shown = anaBrowser.get(proposal);
        assertThat(shown.text())
                .contains("Changes from Contribute demo (" + officeB.name() + ")", "episodes/04-tags.md");
        Page merged = anaBrowser.submit(proposal, proposal + "/merge", Map.of());
        assertThat(merged.text()).contains("Merged into the course.");
        assertThat(fixtures.anonymous().get(address(officeA, course)).text()).contains("Tagging a release");
        // the fork now has nothing the original lacks
        assertThat(fixtures.anonymous().get(fork).text()).doesNotContain("of its own");
    }

    @Test
    void aTranslationListsTheEpisodesTheOriginalChangedSince() {
        String course = create(ana, officeA, "Translation demo", "CC-BY-4.0", true);
        assertThat(fork(bruno, officeA, course, officeB, "demo-fr", "fr").status())
                .isEqualTo(302);
        String translation = address(officeB, "demo-fr");
        assertThat(fixtures.anonymous().get(translation).text())
                .contains("Every episode is up to date with the original.");
        push(ana, officeA, course, EPISODE_TWO, "---\ntitle: Recording changes\n---\n\nA new paragraph.\n", "Two");

        Page page = fixtures.anonymous().get(translation);
        assertThat(page.text())
                .contains("Episodes the original changed since they were translated", "02-first-commits");
        assertThat(page.text()).doesNotContain("01-why-version-control");
        Page api =
                fixtures.anonymousApi().api("GET", "/api/v1/communities/" + officeB.slug() + "/courses/demo-fr", null);
        assertThat(api.body()).contains("\"translatedInto\":\"fr\"", "\"outOfDate\":[\"02-first-commits\"]");

        // once the original's change is merged, the episode is up to date again
        // opened through the API this time; a plain member's token is refused
        String upstream = "/api/v1/communities/" + officeB.slug() + "/courses/demo-fr/upstream";
        assertThat(fixtures.bearer(fixtures.token(bea))
                        .api("POST", upstream, null)
                        .status())
                .isEqualTo(403);
        Page opened = fixtures.bearer(fixtures.token(bruno)).api("POST", upstream, null);
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        assertThat(opened.body())
                .contains("\"status\":\"OPEN\"", "\"title\":\"Changes from the original, Translation demo\"");
        String proposal = opened.header("Location");
        assertThat(proposal).startsWith(translation + "/proposals/");
        Page listed = fixtures.anonymousApi()
                .api("GET", "/api/v1/communities/" + officeB.slug() + "/courses/demo-fr/proposals", null);
        assertThat(listed.body()).contains("\"url\":\"" + proposal + "\"");
        Visitor brunoBrowser = fixtures.signedIn(bruno);
        brunoBrowser.submit(proposal, proposal + "/merge", Map.of());
        assertThat(fixtures.anonymous().get(translation).text())
                .contains("Every episode is up to date with the original.");
    }
}
