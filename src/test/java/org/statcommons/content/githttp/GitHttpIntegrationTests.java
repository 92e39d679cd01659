package org.statcommons.content.githttp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.statcommons.access.CommunityRole;
import org.statcommons.access.PlatformRole;
import org.statcommons.community.Community;
import org.statcommons.content.Author;
import org.statcommons.content.PageEdit;
import org.statcommons.content.Pages;
import org.statcommons.content.SavePage;
import org.statcommons.content.SaveResult;
import org.statcommons.content.proposals.Proposal;
import org.statcommons.content.proposals.ProposalStatus;
import org.statcommons.content.proposals.Proposals;
import org.statcommons.content.space.HistoryPage;
import org.statcommons.content.space.HistoryReader;
import org.statcommons.content.space.SpaceChange;
import org.statcommons.identity.Account;
import org.statcommons.identity.CreateAccessToken;
import org.statcommons.identity.NewAccessToken;
import org.statcommons.identity.TokenScope;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.StatCommonsProperties;
import org.statcommons.support.Fixtures;
import org.statcommons.support.GitCli;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.Visitor;
import org.statcommons.support.Visitor.Page;

/**
 * Git over HTTP with the real git command: who may clone, push to main, push proposals, push to
 * refs/for/main to have the server merge; what a push may hold.
 */
@StatCommonsIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GitHttpIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    CreateAccessToken tokens;

    @Autowired
    SavePage savePage;

    @Autowired
    Pages pages;

    @Autowired
    HistoryReader history;

    @Autowired
    Proposals proposals;

    @Autowired
    SpacePushes pushes;

    @Autowired
    StatCommonsProperties properties;

    @Autowired
    JdbcClient db;

    GitCli git;
    Community community;
    Account editor;
    Account member;
    Account guest;
    Account stranger;

    @BeforeAll
    void setUp() {
        git = new GitCli();
        community = fixtures.community("Git guidelines");
        editor = fixtures.member(community, "Efa Editor", CommunityRole.FACILITATOR);
        member = fixtures.member(community, "Mele Member", CommunityRole.MEMBER);
        guest = fixtures.member(community, "Gus Guest", CommunityRole.GUEST);
        stranger = fixtures.member(fixtures.community("Elsewhere"), "Sam Stranger", CommunityRole.FACILITATOR);
        savePage.save(
                community.id(),
                new PageEdit("guidelines/sources.md", "Sources", "Census\nSurveys\n", null, "Start"),
                new Author("Efa Editor", editor.email()));
    }

    private Path cloneAs(Account account) {
        Path directory = tempDirectory();
        GitCli.Result clone = git.run(
                directory,
                "clone",
                GitCli.url(port, community.slug(), account.email(), fixtures.gitToken(account)),
                "space");
        assertThat(clone.exitCode()).as(clone.output()).isZero();
        return directory.resolve("space");
    }

    @Test
    void anEditorClonesCommitsAndPushesToMainAndTheIndexFollows() {
        Path work = cloneAs(editor);
        assertThat(work.resolve("guidelines/sources.md")).content().contains("title: Sources", "Census");

        GitCli.Result push = git.commitAndPush(
                work,
                "guidelines/registers.md",
                "---\ntitle: Registers\n---\n\nPopulation register.\n",
                "Add registers",
                "origin",
                "main");

        assertThat(push.exitCode()).as(push.output()).isZero();
        assertThat(pages.list(community.id())).extracting(page -> page.path()).contains("guidelines/registers.md");
        assertThat(pages.read(community.id(), "guidelines/registers.md").title())
                .isEqualTo("Registers");
        assertThat(history.ofSpace(community.id(), 1, 5).items().get(0).commit().summary())
                .isEqualTo("Add registers");

        GitCli.Result pull = git.run(cloneAs(member), "pull", "--ff-only");
        assertThat(pull.exitCode()).as(pull.output()).isZero();
    }

    @Test
    void aPushIsSeenByTheNextPageViewAtOnce() {
        savePage.save(
                community.id(),
                new PageEdit("guidelines/seen.md", "Seen", "Before the push.\n", null, "Start"),
                new Author("Efa Editor", editor.email()));
        Visitor reader = fixtures.signedIn(member);
        String address = "/c/" + community.slug() + "/space/guidelines/seen";
        assertThat(reader.get(address).text()).contains("Before the push.");
        // the view is remembered now: the push must reach it through main's ref, not through a forgotten answer
        assertThat(reader.get(address).text()).contains("Before the push.");

        Path work = cloneAs(editor);
        for (String text : List.of("First push.", "Second push.")) {
            GitCli.Result push = git.commitAndPush(
                    work, "guidelines/seen.md", "---\ntitle: Seen\n---\n\n" + text + "\n", text, "origin", "main");
            assertThat(push.exitCode()).as(push.output()).isZero();
            assertThat(reader.get(address).text()).contains(text).doesNotContain("Before the push.");
        }
    }

    @Test
    void aPlainMemberMayNotPushToMainButAProposalBranchBecomesAProposal() {
        Path work = cloneAs(member);
        GitCli.Result refused = git.commitAndPush(
                work,
                "guidelines/sources.md",
                "---\ntitle: Sources\n---\n\nCensus\nSurveys\nRegisters\n",
                "Mention registers\n\nRegisters are a third source.",
                "origin",
                "main");
        assertThat(refused.exitCode()).isNotZero();
        assertThat(refused.output()).contains("you may not change main in this community", "proposals/");

        GitCli.Result proposed = git.run(work, "push", "origin", "HEAD:proposals/registers");
        assertThat(proposed.exitCode()).as(proposed.output()).isZero();
        Proposal proposal =
                proposals.byBranch(community.id(), "proposals/registers").orElseThrow();
        assertThat(proposed.output())
                .contains("Proposal #" + proposal.id(), "/c/" + community.slug() + "/proposals/" + proposal.id());
        assertThat(proposal.title()).isEqualTo("Mention registers");
        assertThat(proposal.description()).isEqualTo("Registers are a third source.");
        assertThat(proposal.authorAccountId()).isEqualTo(member.id());
        assertThat(proposal.status()).isEqualTo(ProposalStatus.OPEN);
        assertThat(pages.read(community.id(), "guidelines/sources.md").body()).doesNotContain("Registers");

        GitCli.Result again = git.commitAndPush(
                work,
                "guidelines/sources.md",
                "---\ntitle: Sources\n---\n\nCensus\nSurveys\nRegisters\nAdmin data\n",
                "Add admin data",
                "origin",
                "HEAD:proposals/registers");
        assertThat(again.exitCode()).as(again.output()).isZero();
        assertThat(proposals.events(proposals
                        .byBranch(community.id(), "proposals/registers")
                        .orElseThrow()))
                .extracting(Proposal.Event::kind)
                .containsExactly("OPENED", "UPDATED");

        Account otherMember = fixtures.member(community, "Other Member", CommunityRole.MEMBER);
        Path other = cloneAs(otherMember);
        GitCli.Result hijack =
                git.commitAndPush(other, "notes.md", "Mine\n", "Mine", "--force", "origin", "HEAD:proposals/registers");
        assertThat(hijack.exitCode()).isNotZero();
        assertThat(hijack.output()).contains("Mele Member's proposal #" + proposal.id());

        // the same refusal to a pusher whose account reads French
        db.sql("update identity.accounts set interface_language = 'fr' where id = ?")
                .param(otherMember.id())
                .update();
        GitCli.Result french = git.run(other, "push", "--force", "origin", "HEAD:proposals/registers");
        assertThat(french.exitCode()).isNotZero();
        assertThat(french.output())
                .contains("cette branche porte la proposition n° " + proposal.id() + " de Mele Member")
                .doesNotContain("push yours under another name");
    }

    @Test
    void pushedContentIsCheckedAndARefusedPushSaysWhy() {
        Path work = cloneAs(editor);
        GitCli.Result badPath = git.commitAndPush(work, "guidelines/-draft.md", "Draft\n", "Draft", "origin", "main");
        assertThat(badPath.exitCode()).isNotZero();
        assertThat(badPath.output()).contains("guidelines/-draft.md", "starting with a letter or digit");
        assertThat(git.run(work, "reset", "-q", "--hard", "origin/main").ok()).isTrue();

        GitCli.Result unclosed = git.commitAndPush(
                work, "guidelines/notes.md", "---\ntitle: Notes\n\nNo closing line\n", "Notes", "origin", "main");
        assertThat(unclosed.exitCode()).isNotZero();
        assertThat(unclosed.output()).contains("guidelines/notes.md", "front matter");
        assertThat(git.run(work, "reset", "-q", "--hard", "origin/main").ok()).isTrue();

        GitCli.Result oversized =
                git.commitAndPush(work, "guidelines/huge.md", "word ".repeat(250_000), "Huge", "origin", "main");
        assertThat(oversized.exitCode()).isNotZero();
        assertThat(oversized.output()).contains("guidelines/huge.md", "too large", "at most 1 MB for a page");
        assertThat(git.run(work, "reset", "-q", "--hard", "origin/main").ok()).isTrue();

        GitCli.Result otherBranch = git.run(work, "push", "origin", "HEAD:refs/heads/feature");
        assertThat(otherBranch.exitCode()).isNotZero();
        assertThat(otherBranch.output()).contains("only main, refs/for/main and proposals/<name> can be pushed here");

        GitCli.Result delete = git.run(work, "push", "origin", ":main");
        assertThat(delete.exitCode()).isNotZero();
        assertThat(delete.output()).contains("main cannot be deleted");

        git.commitAndPush(work, "guidelines/a.md", "A\n", "A", "origin", "main");
        assertThat(git.run(work, "reset", "-q", "--hard", "HEAD~1").ok()).isTrue();
        GitCli.Result rewrite = git.commitAndPush(work, "guidelines/b.md", "B\n", "B", "--force", "origin", "main");
        assertThat(rewrite.exitCode()).isNotZero();
        assertThat(rewrite.output()).contains("main's history cannot be rewritten");
        assertThat(pages.list(community.id()))
                .extracting(page -> page.path())
                .contains("guidelines/a.md")
                .doesNotContain("guidelines/b.md", "guidelines/huge.md", "guidelines/notes.md");
    }

    @Test
    void pushedFilesFollowTheSamePolicyAsUploads() throws Exception {
        Path work = cloneAs(editor);
        byte[] zip = {'P', 'K', 5, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        write(work.resolve("guidelines/sources.files/census.zip"), zip);
        GitCli.write(work.resolve("guidelines/sources.files/indicators.json"), "{\"SDG\": \"1.1.1\"}\n");
        GitCli.write(
                work.resolve("guidelines/sources.files/population.xml"),
                "<?xml version=\"1.0\"?><message:GenericData/>\n");
        GitCli.write(work.resolve("code/weights.py"), "#!/usr/bin/env python3\nimport pandas\n");
        GitCli.write(work.resolve("code/model.R"), "fit <- lm(y ~ x)\n");
        write(work.resolve("media/interview.mp3"), new byte[] {'I', 'D', '3', 4, 0, 0, 0, 0, 0, 0});
        GitCli.Result accepted = git.commitAndPush(
                work, "code/analysis.ipynb", "{\"cells\": [], \"nbformat\": 4}\n", "Data and code", "origin", "main");
        assertThat(accepted.exitCode()).as(accepted.output()).isZero();
        Visitor reader = fixtures.signedIn(member);
        Visitor.Download archive =
                reader.download("/c/" + community.slug() + "/space/-/files/guidelines/sources.files/census.zip");
        assertThat(archive.body()).isEqualTo(zip);
        assertThat(archive.header("Content-Type")).isEqualTo("application/zip");
        assertThat(archive.header("Content-Disposition")).startsWith("attachment;");
        assertThat(archive.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(archive.header("Content-Security-Policy")).isEqualTo("default-src 'none'; sandbox");

        // what an upload may not be, a push may not bring either; the whole push is refused
        write(work.resolve("tools/setup.exe"), new byte[] {'M', 'Z', (byte) 0x90, 0});
        GitCli.Result program = git.commitAndPush(work, "guidelines/tools.md", "Tools\n", "Tools", "origin", "main");
        assertThat(program.exitCode()).isNotZero();
        assertThat(program.output()).contains("tools/setup.exe", "Programs cannot be attached");
        assertThat(git.run(work, "reset", "-q", "--hard", "origin/main").ok()).isTrue();
        GitCli.Result page = git.commitAndPush(
                work, "site/index.html", "<html><script>alert(1)</script></html>\n", "Site", "origin", "main");
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
        GitCli.Result deep = git.commitAndPush(
                work,
                "guidelines/deep.md",
                "---\ntitle: Deep\n---\n\n" + ">".repeat(50_000) + "\n",
                "Deep",
                "origin",
                "main");
        assertThat(deep.exitCode()).isNotZero();
        assertThat(deep.output())
                .contains(
                        "guidelines/deep.md", "the page cannot be shown formatted: it nests more than 100 levels deep");
        assertThat(git.run(work, "reset", "-q", "--hard", "origin/main").ok()).isTrue();

        GitCli.Result table = git.commitAndPush(
                work,
                "guidelines/table.md",
                "|a".repeat(1_000) + "\n" + "|-".repeat(1_000) + "\n" + "a\n".repeat(200),
                "Table",
                "origin",
                "HEAD:proposals/table");
        assertThat(table.exitCode()).isNotZero();
        assertThat(table.output()).contains("guidelines/table.md", "it has a table of more than 100,000 cells");
        assertThat(pages.list(community.id()))
                .extracting(page -> page.path())
                .doesNotContain("guidelines/deep.md", "guidelines/table.md");
    }

    @Test
    void aPageThatGotInBeforeThePushChecksStopsNothingElse() throws Exception {
        Community legacy = fixtures.community("Legacy pages");
        Account facilitator = fixtures.member(legacy, "Lea Legacy", CommunityRole.FACILITATOR);
        Account admin = fixtures.account("Ada Administrator", "FJ", "INTERNATIONAL", PlatformRole.ADMINISTRATOR);
        // what an earlier version accepted: pushed straight into the repository on disk, as its push hook then recorded
        // it
        Path work = tempDirectory().resolve("legacy");
        assertThat(git.run(
                                work.getParent(),
                                "clone",
                                GitCli.url(port, legacy.slug(), facilitator.email(), fixtures.gitToken(facilitator)),
                                "legacy")
                        .ok())
                .isTrue();
        String before = git.run(work, "rev-parse", "HEAD").output().strip();
        GitCli.write(work.resolve("old/deep.md"), "---\ntitle: Deep\n---\n\n" + ">".repeat(50_000) + " legacydeep\n");
        GitCli.write(work.resolve("old/fine.md"), "---\ntitle: Fine\n---\n\nThe word legacyfine and [[Nowhere]].\n");
        assertThat(git.run(work, "add", "-A").ok()).isTrue();
        assertThat(git.run(work, "commit", "-q", "-m", "Pages from before the checks")
                        .ok())
                .isTrue();
        Path repository = properties.dataDir().resolve("spaces").resolve(legacy.id() + ".git");
        GitCli.Result direct = git.run(work, "push", repository.toString(), "HEAD:main");
        assertThat(direct.exitCode()).as(direct.output()).isZero();
        pushes.mainPushed(
                legacy.id(), before, git.run(work, "rev-parse", "HEAD").output().strip());

        Visitor reader = fixtures.signedIn(fixtures.member(legacy, "Rua Reader", CommunityRole.MEMBER));
        String space = "/c/" + legacy.slug() + "/space";
        Page deep = reader.get(space + "/old/deep");
        assertThat(deep.status()).isEqualTo(200);
        assertThat(deep.text())
                .contains("This text could not be formatted (it nests more than 100 levels deep", "legacydeep");
        Page broken = reader.get(space + "/-/broken-links");
        assertThat(broken.status()).isEqualTo(200);
        assertThat(broken.text()).contains("Fine", "Nowhere");
        assertThat(reader.get("/search?q=legacyfine").body()).contains(space + "/old/fine\"");
        assertThat(reader.get("/search?q=legacydeep").body()).contains(space + "/old/deep\"");

        Page rebuilt = fixtures.signedIn(admin).api("POST", "/api/v1/search/rebuild", null);
        assertThat(rebuilt.status()).as(rebuilt.body()).isEqualTo(200);
        assertThat(reader.get("/search?q=legacyfine").body()).contains(space + "/old/fine\"");
    }

    @Test
    void withoutValidCredentialsGitIsAskedToSignIn() throws Exception {
        Page anonymous =
                fixtures.anonymous().getNoFollow("/git/" + community.slug() + ".git/info/refs?service=git-upload-pack");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).contains("Basic realm=\"StatCommons\"");
        assertThat(anonymous.headers().firstValue("Set-Cookie")).isEmpty();

        GitCli.Result wrongToken = git.run(
                tempDirectory(), "clone", GitCli.url(port, community.slug(), editor.email(), "scpat_wrong"), "x");
        assertThat(wrongToken.exitCode()).isNotZero();
        assertThat(wrongToken.output()).contains("Authentication failed");

        String someoneElsesToken = fixtures.gitToken(member);
        GitCli.Result wrongPerson = git.run(
                tempDirectory(), "clone", GitCli.url(port, community.slug(), editor.email(), someoneElsesToken), "x");
        assertThat(wrongPerson.output()).contains("Authentication failed");

        String apiToken = tokens.create(
                        editor.id(), new NewAccessToken("api", EnumSet.of(TokenScope.READ, TokenScope.WRITE), null))
                .secret();
        GitCli.Result wrongScope =
                git.run(tempDirectory(), "clone", GitCli.url(port, community.slug(), editor.email(), apiToken), "x");
        assertThat(wrongScope.output()).contains("Authentication failed");
    }

    @Test
    void nonMembersFindNothingAndGuestsMayOnlyRead() {
        GitCli.Result stranger = git.run(
                tempDirectory(),
                "clone",
                GitCli.url(port, community.slug(), this.stranger.email(), fixtures.gitToken(this.stranger)),
                "x");
        assertThat(stranger.exitCode()).isNotZero();
        assertThat(stranger.output()).contains("not found");
        GitCli.Result nowhere = git.run(
                tempDirectory(),
                "clone",
                GitCli.url(port, "no-such-community", editor.email(), fixtures.gitToken(editor)),
                "x");
        assertThat(nowhere.output()).contains("not found");

        Path work = cloneAs(guest);
        GitCli.Result push = git.commitAndPush(work, "guest.md", "Hello\n", "Hello", "origin", "HEAD:proposals/hello");
        assertThat(push.exitCode()).isNotZero();
        assertThat(push.output()).contains("403");
    }

    @Test
    void aRemovedMembersTokenNoLongerReachesTheSpace() {
        Account leaving = fixtures.member(community, "Lia Leaving", CommunityRole.MEMBER);
        String token = fixtures.gitToken(leaving);
        Path directory = tempDirectory();
        assertThat(git.run(directory, "clone", GitCli.url(port, community.slug(), leaving.email(), token), "space")
                        .ok())
                .isTrue();

        fixtures.remove(community, leaving);

        GitCli.Result fetch = git.run(directory.resolve("space"), "fetch");
        assertThat(fetch.exitCode()).isNotZero();
        assertThat(fetch.output()).contains("not found");
    }

    @Test
    void aPushToRefsForMainLandsOnAQuietSpaceAsItIs() {
        Path work = cloneAs(editor);
        GitCli.Result push = git.commitAndPush(
                work,
                "landed/quiet.md",
                "---\ntitle: Quiet\n---\n\nNobody else wrote.\n",
                "Add quiet",
                "origin",
                "HEAD:refs/for/main");

        assertThat(push.exitCode()).as(push.output()).isZero();
        assertThat(push.output()).contains("main is now your commit");
        assertThat(git.run(work, "ls-remote", "origin", "refs/heads/main").output())
                .startsWith(head(work));
        assertThat(git.run(work, "ls-remote", "origin").output()).doesNotContain("refs/for/main");
        assertThat(pages.read(community.id(), "landed/quiet.md").title()).isEqualTo("Quiet");
    }

    @Test
    void aPushToRefsForMainIsMergedWithWhatOthersSavedMeanwhile() {
        Path work = cloneAs(editor);
        savePage.save(
                community.id(),
                new PageEdit("landed/web.md", "Web", "Saved in the browser meanwhile.\n", null, "Web edit"),
                new Author("Mele Member", member.email()));

        GitCli.Result push = git.commitAndPush(
                work,
                "landed/git.md",
                "---\ntitle: Git\n---\n\nWritten in my editor.\n",
                "Add git page",
                "origin",
                "HEAD:refs/for/main");

        assertThat(push.exitCode()).as(push.output()).isZero();
        assertThat(push.output()).contains("your commits were merged into it", "git pull");
        assertThat(pages.read(community.id(), "landed/web.md").body()).contains("Saved in the browser meanwhile.");
        assertThat(pages.read(community.id(), "landed/git.md").body()).contains("Written in my editor.");
        assertThat(history.ofSpace(community.id(), 1, 1).items().get(0).commit().summary())
                .isEqualTo("Merge pushed commits: Add git page");
        String mine = head(work);
        GitCli.Result pull = git.run(work, "pull", "--ff-only", "origin", "main");
        assertThat(pull.exitCode())
                .as("the merge has the pushed commit as parent: " + pull.output())
                .isZero();
        assertThat(git.run(work, "rev-parse", "HEAD^2").output().strip()).isEqualTo(mine);
    }

    @Test
    void aConflictingPushToRefsForMainIsRefusedWithTheReason() {
        SaveResult started = savePage.save(
                community.id(),
                new PageEdit("landed/shared.md", "Shared", "First line\nSecond line\n", null, "Start shared"),
                new Author("Efa Editor", editor.email()));
        Path work = cloneAs(editor);
        assertThat(savePage.save(
                                community.id(),
                                new PageEdit(
                                        "landed/shared.md",
                                        "Shared",
                                        "First line, as the web has it\nSecond line\n",
                                        ((SaveResult.Saved) started).commitId(),
                                        "Web change"),
                                new Author("Mele Member", member.email()))
                        .outcome())
                .isEqualTo(SaveResult.Outcome.SAVED);
        String before = git.run(work, "ls-remote", "origin", "refs/heads/main").output();

        GitCli.Result push = git.commitAndPush(
                work,
                "landed/shared.md",
                "---\ntitle: Shared\n---\n\nFirst line, as Git has it\nSecond line\n",
                "Git change",
                "origin",
                "HEAD:refs/for/main");

        assertThat(push.exitCode()).isNotZero();
        assertThat(push.output())
                .contains(
                        "refs/for/main",
                        "main changed the same lines as your commits",
                        "landed/shared.md",
                        "git pull origin main");
        assertThat(git.run(work, "ls-remote", "origin", "refs/heads/main").output())
                .isEqualTo(before);
        assertThat(pages.read(community.id(), "landed/shared.md").body()).contains("as the web has it");
    }

    @Test
    void aGitUserLandsEveryPushOnASpaceWhereOthersSaveAllTheTime() throws Exception {
        Community busy = fixtures.community("Busy space");
        Account pusher = fixtures.member(busy, "Pia Pusher", CommunityRole.FACILITATOR);
        savePage.save(
                busy.id(),
                new PageEdit("notes/start.md", "Start", "Start\n", null, "Start"),
                new Author("Efa Editor", editor.email()));
        Path directory = tempDirectory();
        assertThat(git.run(
                                directory,
                                "clone",
                                GitCli.url(port, busy.slug(), pusher.email(), fixtures.gitToken(pusher)),
                                "space")
                        .ok())
                .isTrue();
        Path work = directory.resolve("space");
        AtomicBoolean pushing = new AtomicBoolean(true);
        ExecutorService writers = Executors.newFixedThreadPool(3);
        List<Future<Integer>> saved = new ArrayList<>();
        for (int writer = 0; writer < 3; writer++) {
            int me = writer;
            saved.add(writers.submit(() -> {
                int saves = 0;
                String base = null;
                while (pushing.get()) {
                    saves++;
                    SaveResult result = savePage.save(
                            busy.id(),
                            new PageEdit(
                                    "notes/writer-" + me + ".md",
                                    "Writer " + me,
                                    "Save " + saves + "\n",
                                    base,
                                    "Writer " + me + " save " + saves),
                            new Author("Writer " + me, "writer" + me + "@stat.example"));
                    base = ((SaveResult.Saved) result).commitId();
                }
                return saves;
            }));
        }
        List<GitCli.Result> pushes = new ArrayList<>();
        StringBuilder lines = new StringBuilder();
        try {
            for (int push = 1; push <= 5; push++) {
                lines.append("Line ").append(push).append('\n');
                // no pull in between: each push is merged with whatever main has become
                pushes.add(git.commitAndPush(
                        work,
                        "notes/git.md",
                        "---\ntitle: Git notes\n---\n\n" + lines,
                        "Git line " + push,
                        "origin",
                        "HEAD:refs/for/main"));
            }
        } finally {
            pushing.set(false);
            writers.shutdown();
        }
        int webSaves = 0;
        for (Future<Integer> writer : saved) {
            webSaves += writer.get(1, TimeUnit.MINUTES);
        }

        assertThat(pushes)
                .allSatisfy(
                        push -> assertThat(push.exitCode()).as(push.output()).isZero());
        assertThat(webSaves).as("others saved while the pushes landed").isGreaterThanOrEqualTo(5);
        assertThat(pages.read(busy.id(), "notes/git.md").body()).contains("Line 1", "Line 5");
        List<String> summaries = new ArrayList<>();
        HistoryPage<SpaceChange> changes;
        int page = 0;
        do {
            // history comes in pages of at most HistoryPage.MAX_SIZE; a busy run saves more than one page
            changes = history.ofSpace(busy.id(), ++page, HistoryPage.MAX_SIZE);
            changes.items().forEach(change -> summaries.add(change.commit().summary()));
        } while (changes.hasMore());
        assertThat(summaries)
                .filteredOn(summary -> summary.startsWith("Writer "))
                .hasSize(webSaves);
    }

    @Test
    void refsForMainIsPushedOnItsOwnAndOnlyByThoseWhoEditMain() {
        Path work = cloneAs(editor);
        GitCli.Result together = git.commitAndPush(
                work,
                "landed/together.md",
                "Together\n",
                "Together",
                "origin",
                "HEAD:refs/for/main",
                "HEAD:proposals/together");
        assertThat(together.exitCode()).isNotZero();
        assertThat(together.output()).contains("push refs/for/main on its own");
        assertThat(proposals.byBranch(community.id(), "proposals/together")).isEmpty();

        GitCli.Result plainMember = git.commitAndPush(
                cloneAs(member), "landed/member.md", "Member\n", "Member", "origin", "HEAD:refs/for/main");
        assertThat(plainMember.exitCode()).isNotZero();
        assertThat(plainMember.output()).contains("you may not change main in this community");
    }

    @Test
    void aFolderTakesAThousandEntriesAndAPushOrSaveBeyondIsRefused() {
        Community full = fixtures.community("Full folder");
        Account filler = fixtures.member(full, "Fay Filler", CommunityRole.FACILITATOR);
        Path directory = tempDirectory();
        assertThat(git.run(
                                directory,
                                "clone",
                                GitCli.url(port, full.slug(), filler.email(), fixtures.gitToken(filler)),
                                "space")
                        .ok())
                .isTrue();
        Path work = directory.resolve("space");
        for (int i = 1; i <= 1000; i++) {
            GitCli.write(
                    work.resolve(String.format("register/entry-%04d.md", i)),
                    "---\ntitle: Entry " + i + "\n---\n\nText.\n");
        }
        GitCli.Result thousand =
                git.commitAndPush(work, "README.md", "Registers\n", "A thousand entries", "origin", "HEAD:main");
        assertThat(thousand.exitCode()).as(thousand.output()).isZero();

        GitCli.Result oneMore =
                git.commitAndPush(work, "register/entry-1001.md", "One more\n", "One more", "origin", "HEAD:main");
        assertThat(oneMore.exitCode()).isNotZero();
        assertThat(oneMore.output())
                .contains("The folder register would hold 1,001 entries", "at most 1,000", "another folder");

        Author author = new Author("Fay Filler", filler.email());
        assertThatThrownBy(
                        () -> savePage.save(full.id(), new PageEdit("register/web.md", "Web", "x", null, ""), author))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("would hold 1,001 entries");
        String base = pages.read(full.id(), "register/entry-0500.md").commitId();
        long start = System.nanoTime();
        SaveResult edited = savePage.save(
                full.id(),
                new PageEdit("register/entry-0500.md", "Entry 500", "Edited in a full folder.\n", base, ""),
                author);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(edited.outcome()).isEqualTo(SaveResult.Outcome.SAVED);
        assertThat(millis).as("a save in a folder at its limit stays cheap").isLessThan(2_000);
        assertThatThrownBy(() ->
                        savePage.save(full.id(), new PageEdit("register/more/web.md", "Web", "x", null, ""), author))
                .as("a new sub-folder is one more entry too")
                .isInstanceOf(InvalidInputException.class);
    }

    private String head(Path work) {
        return git.run(work, "rev-parse", "HEAD").output().strip();
    }

    private static Path tempDirectory() {
        try {
            return Files.createTempDirectory("statcommons-git-test");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
