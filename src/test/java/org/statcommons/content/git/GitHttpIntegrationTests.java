package org.statcommons.content.git;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.statcommons.access.CommunityRole;
import org.statcommons.access.PlatformRole;
import org.statcommons.community.Communities;
import org.statcommons.community.Community;
import org.statcommons.content.Author;
import org.statcommons.content.PageEdit;
import org.statcommons.content.PageHistory;
import org.statcommons.content.Pages;
import org.statcommons.content.Proposal;
import org.statcommons.content.ProposalStatus;
import org.statcommons.content.Proposals;
import org.statcommons.content.SavePage;
import org.statcommons.content.SpacePushes;
import org.statcommons.identity.AccessTokens;
import org.statcommons.identity.Account;
import org.statcommons.identity.AccountRegistration;
import org.statcommons.identity.TokenScope;
import org.statcommons.platform.StatCommonsProperties;
import org.statcommons.support.CommunityTestFixtures;
import org.statcommons.support.GitCli;
import org.statcommons.support.SpaceTestFixtures;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.WebClientSession;
import org.statcommons.support.WebClientSession.Page;

import static org.assertj.core.api.Assertions.assertThat;

/** Git over HTTP with the real git command: who may clone, push to main, push proposals; what a push may hold. */
@StatCommonsIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GitHttpIntegrationTests {

    @LocalServerPort int port;
    @Autowired AccountRegistration registration;
    @Autowired AccessTokens tokens;
    @Autowired JdbcClient db;
    @Autowired Communities communities;
    @Autowired SavePage savePage;
    @Autowired Pages pages;
    @Autowired PageHistory history;
    @Autowired Proposals proposals;
    @Autowired SpacePushes pushes;
    @Autowired StatCommonsProperties properties;

    CommunityTestFixtures fixtures;
    SpaceTestFixtures spaces;
    GitCli git;
    Community community;
    Account editor;
    Account member;
    Account guest;
    Account stranger;

    @BeforeAll
    void setUp() {
        fixtures = new CommunityTestFixtures(port, registration, tokens);
        spaces = new SpaceTestFixtures(fixtures, db, communities, tokens);
        git = new GitCli();
        community = spaces.community("Git guidelines");
        editor = spaces.member(community, "Efa Editor", CommunityRole.FACILITATOR);
        member = spaces.member(community, "Mele Member", CommunityRole.MEMBER);
        guest = spaces.member(community, "Gus Guest", CommunityRole.GUEST);
        stranger = spaces.member(spaces.community("Elsewhere"), "Sam Stranger", CommunityRole.FACILITATOR);
        savePage.save(community.id(), new PageEdit("guidelines/sources.md", "Sources", "Census\nSurveys\n", null, "Start"),
                new Author("Efa Editor", editor.email()));
    }

    private Path cloneAs(Account account) {
        Path directory = tempDirectory();
        GitCli.Result clone = git.run(directory, "clone", GitCli.url(port, community.slug(), account.email(), spaces.gitToken(account)), "space");
        assertThat(clone.exitCode()).as(clone.output()).isZero();
        return directory.resolve("space");
    }

    private GitCli.Result commitAndPush(Path work, String file, String text, String message, String... push) {
        GitCli.write(work.resolve(file), text);
        assertThat(git.run(work, "add", "-A").ok()).isTrue();
        GitCli.Result commit = git.run(work, "commit", "-q", "-m", message);
        assertThat(commit.exitCode()).as(commit.output()).isZero();
        String[] arguments = new String[push.length + 1];
        arguments[0] = "push";
        System.arraycopy(push, 0, arguments, 1, push.length);
        return git.run(work, arguments);
    }

    @Test
    void anEditorClonesCommitsAndPushesToMainAndTheIndexFollows() {
        Path work = cloneAs(editor);
        assertThat(work.resolve("guidelines/sources.md")).content().contains("title: Sources", "Census");

        GitCli.Result push = commitAndPush(work, "guidelines/registers.md", "---\ntitle: Registers\n---\n\nPopulation register.\n",
                "Add registers", "origin", "main");

        assertThat(push.exitCode()).as(push.output()).isZero();
        assertThat(pages.list(community.id())).extracting(page -> page.path()).contains("guidelines/registers.md");
        assertThat(pages.read(community.id(), "guidelines/registers.md").title()).isEqualTo("Registers");
        assertThat(history.ofSpace(community.id(), 1, 5).items().get(0).commit().summary()).isEqualTo("Add registers");

        GitCli.Result pull = git.run(cloneAs(member), "pull", "--ff-only");
        assertThat(pull.exitCode()).as(pull.output()).isZero();
    }

    @Test
    void aPlainMemberMayNotPushToMainButAProposalBranchBecomesAProposal() {
        Path work = cloneAs(member);
        GitCli.Result refused = commitAndPush(work, "guidelines/sources.md", "---\ntitle: Sources\n---\n\nCensus\nSurveys\nRegisters\n",
                "Mention registers\n\nRegisters are a third source.", "origin", "main");
        assertThat(refused.exitCode()).isNotZero();
        assertThat(refused.output()).contains("you may not change main in this community", "proposals/");

        GitCli.Result proposed = git.run(work, "push", "origin", "HEAD:proposals/registers");
        assertThat(proposed.exitCode()).as(proposed.output()).isZero();
        Proposal proposal = proposals.byBranch(community.id(), "proposals/registers").orElseThrow();
        assertThat(proposed.output()).contains("Proposal #" + proposal.id(), "/c/" + community.slug() + "/proposals/" + proposal.id());
        assertThat(proposal.title()).isEqualTo("Mention registers");
        assertThat(proposal.description()).isEqualTo("Registers are a third source.");
        assertThat(proposal.authorAccountId()).isEqualTo(member.id());
        assertThat(proposal.status()).isEqualTo(ProposalStatus.OPEN);
        assertThat(pages.read(community.id(), "guidelines/sources.md").body()).doesNotContain("Registers");

        GitCli.Result again = commitAndPush(work, "guidelines/sources.md", "---\ntitle: Sources\n---\n\nCensus\nSurveys\nRegisters\nAdmin data\n",
                "Add admin data", "origin", "HEAD:proposals/registers");
        assertThat(again.exitCode()).as(again.output()).isZero();
        assertThat(proposals.events(proposals.byBranch(community.id(), "proposals/registers").orElseThrow()))
                .extracting(Proposal.Event::kind).containsExactly("OPENED", "UPDATED");

        Path other = cloneAs(spaces.member(community, "Other Member", CommunityRole.MEMBER));
        GitCli.Result hijack = commitAndPush(other, "notes.md", "Mine\n", "Mine", "--force", "origin", "HEAD:proposals/registers");
        assertThat(hijack.exitCode()).isNotZero();
        assertThat(hijack.output()).contains("Mele Member's proposal #" + proposal.id());
    }

    @Test
    void pushedContentIsCheckedAndARefusedPushSaysWhy() {
        Path work = cloneAs(editor);
        GitCli.Result badPath = commitAndPush(work, "guidelines/-draft.md", "Draft\n", "Draft", "origin", "main");
        assertThat(badPath.exitCode()).isNotZero();
        assertThat(badPath.output()).contains("guidelines/-draft.md", "starting with a letter or digit");
        assertThat(git.run(work, "reset", "-q", "--hard", "origin/main").ok()).isTrue();

        GitCli.Result unclosed = commitAndPush(work, "guidelines/notes.md", "---\ntitle: Notes\n\nNo closing line\n", "Notes", "origin", "main");
        assertThat(unclosed.exitCode()).isNotZero();
        assertThat(unclosed.output()).contains("guidelines/notes.md", "front matter");
        assertThat(git.run(work, "reset", "-q", "--hard", "origin/main").ok()).isTrue();

        GitCli.Result oversized = commitAndPush(work, "guidelines/huge.md", "word ".repeat(250_000), "Huge", "origin", "main");
        assertThat(oversized.exitCode()).isNotZero();
        assertThat(oversized.output()).contains("guidelines/huge.md", "too large", "at most 1048576");
        assertThat(git.run(work, "reset", "-q", "--hard", "origin/main").ok()).isTrue();

        GitCli.Result otherBranch = git.run(work, "push", "origin", "HEAD:refs/heads/feature");
        assertThat(otherBranch.exitCode()).isNotZero();
        assertThat(otherBranch.output()).contains("only main and proposals/<name> can be pushed here");

        GitCli.Result delete = git.run(work, "push", "origin", ":main");
        assertThat(delete.exitCode()).isNotZero();
        assertThat(delete.output()).contains("main cannot be deleted");

        commitAndPush(work, "guidelines/a.md", "A\n", "A", "origin", "main");
        assertThat(git.run(work, "reset", "-q", "--hard", "HEAD~1").ok()).isTrue();
        GitCli.Result rewrite = commitAndPush(work, "guidelines/b.md", "B\n", "B", "--force", "origin", "main");
        assertThat(rewrite.exitCode()).isNotZero();
        assertThat(rewrite.output()).contains("main's history cannot be rewritten");
        assertThat(pages.list(community.id())).extracting(page -> page.path()).contains("guidelines/a.md").doesNotContain("guidelines/b.md",
                "guidelines/huge.md", "guidelines/notes.md");
    }

    @Test
    void pushedFilesFollowTheSamePolicyAsUploads() throws Exception {
        Path work = cloneAs(editor);
        byte[] zip = {'P', 'K', 5, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        write(work.resolve("guidelines/sources.files/census.zip"), zip);
        GitCli.write(work.resolve("guidelines/sources.files/indicators.json"), "{\"SDG\": \"1.1.1\"}\n");
        GitCli.write(work.resolve("guidelines/sources.files/population.xml"), "<?xml version=\"1.0\"?><message:GenericData/>\n");
        GitCli.write(work.resolve("code/weights.py"), "#!/usr/bin/env python3\nimport pandas\n");
        GitCli.write(work.resolve("code/model.R"), "fit <- lm(y ~ x)\n");
        write(work.resolve("media/interview.mp3"), new byte[]{'I', 'D', '3', 4, 0, 0, 0, 0, 0, 0});
        GitCli.Result accepted = commitAndPush(work, "code/analysis.ipynb", "{\"cells\": [], \"nbformat\": 4}\n", "Data and code",
                "origin", "main");
        assertThat(accepted.exitCode()).as(accepted.output()).isZero();
        WebClientSession reader = new WebClientSession(port);
        reader.signIn(member.email(), CommunityTestFixtures.PASSWORD);
        WebClientSession.Download archive = reader.download("/c/" + community.slug() + "/space/-/files/guidelines/sources.files/census.zip");
        assertThat(archive.body()).isEqualTo(zip);
        assertThat(archive.header("Content-Type")).isEqualTo("application/zip");
        assertThat(archive.header("Content-Disposition")).startsWith("attachment;");
        assertThat(archive.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(archive.header("Content-Security-Policy")).isEqualTo("default-src 'none'; sandbox");

        // what an upload may not be, a push may not bring either; the whole push is refused
        write(work.resolve("tools/setup.exe"), new byte[]{'M', 'Z', (byte) 0x90, 0});
        GitCli.Result program = commitAndPush(work, "guidelines/tools.md", "Tools\n", "Tools", "origin", "main");
        assertThat(program.exitCode()).isNotZero();
        assertThat(program.output()).contains("tools/setup.exe", "Programs cannot be attached");
        assertThat(git.run(work, "reset", "-q", "--hard", "origin/main").ok()).isTrue();
        GitCli.Result page = commitAndPush(work, "site/index.html", "<html><script>alert(1)</script></html>\n", "Site", "origin", "main");
        assertThat(page.exitCode()).isNotZero();
        assertThat(page.output()).contains("site/index.html", "run when opened");
        assertThat(git.run(work, "reset", "-q", "--hard", "origin/main").ok()).isTrue();
        assertThat(pages.list(community.id())).extracting(p -> p.path()).doesNotContain("guidelines/tools.md");
    }

    private static void write(Path file, byte[] content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, content);
    }

    @Test
    void aPushOfAPageThatCannotBeShownFormattedIsRefusedWithTheReason() {
        // F3: this push was accepted, and the page then answered 500 for ever
        Path work = cloneAs(editor);
        GitCli.Result deep = commitAndPush(work, "guidelines/deep.md", "---\ntitle: Deep\n---\n\n" + ">".repeat(50_000) + "\n",
                "Deep", "origin", "main");
        assertThat(deep.exitCode()).isNotZero();
        assertThat(deep.output()).contains("guidelines/deep.md", "the page cannot be shown formatted: it nests more than 100 levels deep");
        assertThat(git.run(work, "reset", "-q", "--hard", "origin/main").ok()).isTrue();

        GitCli.Result table = commitAndPush(work, "guidelines/table.md", "|a".repeat(1_000) + "\n" + "|-".repeat(1_000) + "\n" + "a\n".repeat(200),
                "Table", "origin", "HEAD:proposals/table");
        assertThat(table.exitCode()).isNotZero();
        assertThat(table.output()).contains("guidelines/table.md", "it has a table of more than 100000 cells");
        assertThat(pages.list(community.id())).extracting(page -> page.path()).doesNotContain("guidelines/deep.md", "guidelines/table.md");
    }

    @Test
    void aPageThatGotInBeforeThePushChecksStopsNothingElse() throws Exception {
        Community legacy = spaces.community("Legacy pages");
        Account facilitator = spaces.member(legacy, "Lea Legacy", CommunityRole.FACILITATOR);
        Account admin = fixtures.account("Ada Administrator", "FJ", "INTERNATIONAL", PlatformRole.ADMINISTRATOR);
        // what an earlier version accepted: pushed straight into the repository on disk, as its push hook then recorded it
        Path work = tempDirectory().resolve("legacy");
        assertThat(git.run(work.getParent(), "clone", GitCli.url(port, legacy.slug(), facilitator.email(), spaces.gitToken(facilitator)),
                "legacy").ok()).isTrue();
        String before = git.run(work, "rev-parse", "HEAD").output().strip();
        GitCli.write(work.resolve("old/deep.md"), "---\ntitle: Deep\n---\n\n" + ">".repeat(50_000) + " legacydeep\n");
        GitCli.write(work.resolve("old/fine.md"), "---\ntitle: Fine\n---\n\nThe word legacyfine and [[Nowhere]].\n");
        assertThat(git.run(work, "add", "-A").ok()).isTrue();
        assertThat(git.run(work, "commit", "-q", "-m", "Pages from before the checks").ok()).isTrue();
        Path repository = properties.dataDir().resolve("spaces").resolve(legacy.id() + ".git");
        GitCli.Result direct = git.run(work, "push", repository.toString(), "HEAD:main");
        assertThat(direct.exitCode()).as(direct.output()).isZero();
        pushes.mainPushed(legacy.id(), before, git.run(work, "rev-parse", "HEAD").output().strip());

        WebClientSession reader = session(spaces.member(legacy, "Rua Reader", CommunityRole.MEMBER));
        String space = "/c/" + legacy.slug() + "/space";
        Page deep = reader.get(space + "/old/deep");
        assertThat(deep.status()).isEqualTo(200);
        assertThat(deep.text()).contains("This text could not be formatted (it nests more than 100 levels deep", "legacydeep");
        Page broken = reader.get(space + "/-/broken-links");
        assertThat(broken.status()).isEqualTo(200);
        assertThat(broken.text()).contains("Fine", "Nowhere");
        assertThat(reader.get("/search?q=legacyfine").body()).contains(space + "/old/fine\"");
        assertThat(reader.get("/search?q=legacydeep").body()).contains(space + "/old/deep\"");

        Page rebuilt = session(admin).api("POST", "/api/v1/search/rebuild", null);
        assertThat(rebuilt.status()).as(rebuilt.body()).isEqualTo(200);
        assertThat(reader.get("/search?q=legacyfine").body()).contains(space + "/old/fine\"");
    }

    private WebClientSession session(Account account) {
        WebClientSession session = new WebClientSession(port);
        session.signIn(account.email(), CommunityTestFixtures.PASSWORD);
        return session;
    }

    @Test
    void withoutValidCredentialsGitIsAskedToSignIn() throws Exception {
        HttpResponse<String> anonymous = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/git/" + community.slug() + ".git/info/refs?service=git-upload-pack")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).contains("Basic realm=\"StatCommons\"");
        assertThat(anonymous.headers().firstValue("Set-Cookie")).isEmpty();

        GitCli.Result wrongToken = git.run(tempDirectory(), "clone", GitCli.url(port, community.slug(), editor.email(), "scpat_wrong"), "x");
        assertThat(wrongToken.exitCode()).isNotZero();
        assertThat(wrongToken.output()).contains("Authentication failed");

        String someoneElsesToken = spaces.gitToken(member);
        GitCli.Result wrongPerson = git.run(tempDirectory(), "clone", GitCli.url(port, community.slug(), editor.email(), someoneElsesToken), "x");
        assertThat(wrongPerson.output()).contains("Authentication failed");

        String apiToken = tokens.create(editor.id(), "api", EnumSet.of(TokenScope.READ, TokenScope.WRITE), null).secret();
        GitCli.Result wrongScope = git.run(tempDirectory(), "clone", GitCli.url(port, community.slug(), editor.email(), apiToken), "x");
        assertThat(wrongScope.output()).contains("Authentication failed");
    }

    @Test
    void nonMembersFindNothingAndGuestsMayOnlyRead() {
        GitCli.Result stranger = git.run(tempDirectory(), "clone", GitCli.url(port, community.slug(), this.stranger.email(),
                spaces.gitToken(this.stranger)), "x");
        assertThat(stranger.exitCode()).isNotZero();
        assertThat(stranger.output()).contains("not found");
        GitCli.Result nowhere = git.run(tempDirectory(), "clone", GitCli.url(port, "no-such-community", editor.email(),
                spaces.gitToken(editor)), "x");
        assertThat(nowhere.output()).contains("not found");

        Path work = cloneAs(guest);
        GitCli.Result push = commitAndPush(work, "guest.md", "Hello\n", "Hello", "origin", "HEAD:proposals/hello");
        assertThat(push.exitCode()).isNotZero();
        assertThat(push.output()).contains("403");
    }

    @Test
    void aRemovedMembersTokenNoLongerReachesTheSpace() {
        Account leaving = spaces.member(community, "Lia Leaving", CommunityRole.MEMBER);
        String token = spaces.gitToken(leaving);
        Path directory = tempDirectory();
        assertThat(git.run(directory, "clone", GitCli.url(port, community.slug(), leaving.email(), token), "space").ok()).isTrue();

        spaces.remove(community, leaving);

        GitCli.Result fetch = git.run(directory.resolve("space"), "fetch");
        assertThat(fetch.exitCode()).isNotZero();
        assertThat(fetch.output()).contains("not found");
    }

    private static Path tempDirectory() {
        try {
            return Files.createTempDirectory("statcommons-git-test");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
