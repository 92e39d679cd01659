package org.statcommons.content.proposals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.statcommons.access.CommunityRole;
import org.statcommons.community.Community;
import org.statcommons.content.Author;
import org.statcommons.content.PageEdit;
import org.statcommons.content.PageVersion;
import org.statcommons.content.Pages;
import org.statcommons.content.SavePage;
import org.statcommons.content.SaveResult;
import org.statcommons.content.space.SpaceBranches;
import org.statcommons.content.space.SpaceRepositories;
import org.statcommons.identity.Account;
import org.statcommons.support.Fixtures;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.Visitor;
import org.statcommons.support.Visitor.Page;

/** The web and API proposal flow: a member proposes, a facilitator reviews and merges; conflicts say so. */
@StatCommonsIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProposalsIntegrationTests {

    private static final String PAGE = "guidelines/integration.md";

    @Autowired
    Fixtures fixtures;

    @Autowired
    SavePage savePage;

    @Autowired
    Pages pages;

    @Autowired
    Proposals proposals;

    @Autowired
    ProposeChange proposeChange;

    @Autowired
    SpaceRepositories repositories;

    @Autowired
    ProposalBranches branches;

    Community community;
    Account facilitator;
    Account member;
    Account guest;
    Account outsider;

    @BeforeAll
    void setUp() {
        community = fixtures.community("Proposal flow");
        facilitator = fixtures.member(community, "Fia Facilitator", CommunityRole.FACILITATOR);
        member = fixtures.member(community, "Moana Member", CommunityRole.MEMBER);
        guest = fixtures.member(community, "Gil Guest", CommunityRole.GUEST);
        outsider = fixtures.account("Otto Outsider");
        save("Integration", "Linking sources\n\nStep one: match.\n\nStep two: weigh.\n", null);
    }

    private String save(String title, String body, String base) {
        SaveResult result = savePage.save(
                community.id(),
                new PageEdit(PAGE, title, body, base, ""),
                new Author("Fia Facilitator", facilitator.email()));
        return ((SaveResult.Saved) result).commitId();
    }

    private long proposeOnTheWeb(String body, String base, String title) {
        Page posted = fixtures.signedIn(member)
                .submitNoFollow(
                        "/c/" + community.slug() + "/proposals",
                        Map.of(
                                "path",
                                PAGE,
                                "title",
                                "Integration",
                                "body",
                                body,
                                "baseCommit",
                                base,
                                "proposalTitle",
                                title,
                                "proposalDescription",
                                "Because **weights** matter."));
        assertThat(posted.status()).as(posted.body()).isEqualTo(302);
        String location = posted.headers().firstValue("Location").orElseThrow();
        assertThat(location).contains("/c/" + community.slug() + "/proposals/");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void aMemberProposesAndAFacilitatorApprovesAndMerges() throws Exception {
        String base = pages.read(community.id(), PAGE).commitId();
        long id = proposeOnTheWeb(
                "Linking sources\n\nStep one: match records.\n\nStep two: weigh.\n", base, "Say what is matched");

        Visitor memberSession = fixtures.signedIn(member);
        Page page = memberSession.getNoFollow("/c/" + community.slug() + "/proposals/" + id);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains(
                        "Say what is matched",
                        "Waiting for review",
                        "<strong>weights</strong>",
                        "<ins> records</ins>",
                        PAGE.substring(0, PAGE.length() - ".md".length()))
                .doesNotContain("Accept and publish into the space");
        assertThat(memberSession
                        .getNoFollow("/c/" + community.slug() + "/proposals")
                        .body())
                .contains("Say what is matched");
        assertThat(pages.read(community.id(), PAGE).body()).doesNotContain("match records");

        assertThat(memberSession
                        .submitNoFollow("/c/" + community.slug() + "/proposals/" + id + "/merge", Map.of())
                        .status())
                .isEqualTo(403);
        assertThat(memberSession
                        .submitNoFollow(
                                "/c/" + community.slug() + "/proposals/" + id + "/review",
                                Map.of("decision", "approve"))
                        .status())
                .isEqualTo(403);
        assertThat(fixtures.signedIn(outsider)
                        .getNoFollow("/c/" + community.slug() + "/proposals/" + id)
                        .status())
                .isEqualTo(403);
        assertThat(fixtures.signedIn(guest)
                        .getNoFollow("/c/" + community.slug() + "/proposals/" + id)
                        .status())
                .isEqualTo(200);
        assertThat(fixtures.signedIn(guest)
                        .submitNoFollow(
                                "/c/" + community.slug() + "/proposals/" + id + "/comments", Map.of("comment", "Hi"))
                        .status())
                .isEqualTo(403);

        Visitor facilitatorSession = fixtures.signedIn(facilitator);
        assertThat(facilitatorSession
                        .getNoFollow("/c/" + community.slug() + "/proposals/" + id)
                        .body())
                .contains("Accept and publish into the space", "Approve");
        facilitatorSession.submitNoFollow(
                "/c/" + community.slug() + "/proposals/" + id + "/review",
                Map.of("decision", "request-changes", "comment", "Which records?"));
        assertThat(status(id)).isEqualTo(ProposalStatus.CHANGES_REQUESTED);

        Proposal proposal = proposals.inCommunity(community.id(), id);
        String tip = branches.tip(community.id(), proposal.branch()).orElseThrow();
        SaveResult updated = proposeChange.update(
                member.actor(),
                new Author("Moana Member", member.email()),
                community.id(),
                id,
                new PageEdit(
                        PAGE,
                        "Integration",
                        "Linking sources\n\nStep one: match person records.\n\nStep two: weigh.\n",
                        tip,
                        ""));
        assertThat(updated.outcome()).isEqualTo(SaveResult.Outcome.SAVED);
        // changes asked for stay so until the author says the proposal is ready again
        assertThat(status(id)).isEqualTo(ProposalStatus.CHANGES_REQUESTED);
        assertThat(memberSession
                        .submitNoFollow("/c/" + community.slug() + "/proposals/" + id + "/request-review", Map.of())
                        .status())
                .isEqualTo(302);
        assertThat(status(id)).isEqualTo(ProposalStatus.OPEN);

        facilitatorSession.submitNoFollow(
                "/c/" + community.slug() + "/proposals/" + id + "/comments", Map.of("comment", "Thanks, <b>good</b>."));
        facilitatorSession.submitNoFollow(
                "/c/" + community.slug() + "/proposals/" + id + "/review", Map.of("decision", "approve"));
        assertThat(status(id)).isEqualTo(ProposalStatus.APPROVED);
        Page merged =
                facilitatorSession.submitNoFollow("/c/" + community.slug() + "/proposals/" + id + "/merge", Map.of());
        assertThat(merged.status()).isEqualTo(302);

        assertThat(status(id)).isEqualTo(ProposalStatus.MERGED);
        assertThat(pages.read(community.id(), PAGE).body()).contains("match person records");
        Repository repository = repositories.open(community.id()).orElseThrow();
        try (RevWalk walk = new RevWalk(repository)) {
            RevCommit head = walk.parseCommit(repository.resolve(SpaceBranches.MAIN));
            assertThat(head.getParentCount()).isEqualTo(2);
            assertThat(head.getShortMessage()).isEqualTo("Merge proposal #" + id + ": Say what is matched");
            // history credits the proposer; the reviewer who accepted it is the committer
            assertThat(head.getAuthorIdent().getEmailAddress()).isEqualTo(member.email());
            assertThat(head.getCommitterIdent().getEmailAddress()).isEqualTo(facilitator.email());
            assertThat(walk.parseCommit(head.getParent(1)).getAuthorIdent().getEmailAddress())
                    .isEqualTo(member.email());
        }
        Page after = memberSession.getNoFollow("/c/" + community.slug() + "/proposals/" + id);
        assertThat(after.body())
                .contains(
                        "Accepted into the space by",
                        "Which records?",
                        "Thanks, &lt;b&gt;good&lt;/b&gt;.",
                        "accepted it")
                .doesNotContain("<b>good</b>");
        // the sentence the server wrote in the history is the reader's; the comment stays as written
        assertThat(memberSession
                        .getNoFollow("/c/" + community.slug() + "/proposals/" + id + "?lang=fr")
                        .body())
                .contains("Acceptée dans l’espace.", "Which records?")
                .doesNotContain("Accepted into the space.");
        assertThat(memberSession
                        .getNoFollow("/c/" + community.slug() + "/proposals")
                        .body())
                .doesNotContain("Say what is matched");
        assertThat(memberSession
                        .getNoFollow("/c/" + community.slug() + "/proposals?all=true")
                        .body())
                .contains("Say what is matched");
    }

    @Test
    void mergingAProposalThatConflictsWithMainSaysWhichPageAndChangesNothing() {
        String base = pages.read(community.id(), PAGE).commitId();
        long id = proposeOnTheWeb(
                pages.read(community.id(), PAGE).body().replace("Step two: weigh.", "Step two: weigh by design."),
                base,
                "Design weights");
        save(
                "Integration",
                pages.read(community.id(), PAGE).body().replace("Step two: weigh.", "Step two: calibrate."),
                base);
        String mainBefore = pages.read(community.id(), PAGE).commitId();

        Page api = fixtures.bearer(fixtures.token(facilitator))
                .api("POST", "/api/v1/communities/" + community.slug() + "/proposals/" + id + "/merge", "{}");
        assertThat(api.status()).isEqualTo(409);
        assertThat(api.headers().firstValue("Content-Type").orElseThrow()).contains("application/problem+json");
        assertThat(api.body()).contains("The space changed the same lines", PAGE, "<<<<<<< main", ">>>>>>> proposal");

        Visitor facilitatorSession = fixtures.signedIn(facilitator);
        facilitatorSession.submitNoFollow("/c/" + community.slug() + "/proposals/" + id + "/merge", Map.of());
        assertThat(facilitatorSession
                        .getNoFollow("/c/" + community.slug() + "/proposals/" + id)
                        .body())
                .contains("The space changed the same lines as this proposal", PAGE);
        assertThat(status(id)).isEqualTo(ProposalStatus.OPEN);
        assertThat(pages.read(community.id(), PAGE).commitId()).isEqualTo(mainBefore);

        facilitatorSession.submitNoFollow(
                "/c/" + community.slug() + "/proposals/" + id + "/close", Map.of("comment", "Calibration won."));
        assertThat(status(id)).isEqualTo(ProposalStatus.CLOSED);
        assertThat(facilitatorSession
                        .submitNoFollow("/c/" + community.slug() + "/proposals/" + id + "/merge", Map.of())
                        .status())
                .isEqualTo(409);
    }

    @Test
    void theApiListsCreatesAndRefusesAsThePagesDo() {
        String memberToken = fixtures.token(member);
        String base = pages.read(community.id(), PAGE).commitId();
        Page created = fixtures.bearer(memberToken)
                .api(
                        "POST",
                        "/api/v1/communities/" + community.slug() + "/proposals",
                        "{\"path\":\"guidelines/glossary.md\",\"title\":\"Glossary\",\"body\":\"Record linkage: joining records.\","
                                + "\"baseCommit\":\"" + base + "\",\"proposalTitle\":\"A glossary\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.body()).contains("\"title\":\"A glossary\"", "\"status\":\"OPEN\"");

        Page list =
                fixtures.bearer(memberToken).api("GET", "/api/v1/communities/" + community.slug() + "/proposals", null);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("A glossary");
        long id = proposals.list(community.id(), true).stream()
                .filter(p -> p.title().equals("A glossary"))
                .findFirst()
                .orElseThrow()
                .id();
        Page detail = fixtures.bearer(memberToken)
                .api("GET", "/api/v1/communities/" + community.slug() + "/proposals/" + id, null);
        assertThat(detail.body()).contains("\"path\":\"guidelines/glossary.md\"", "\"change\":\"A\"", "OPENED");

        assertThat(fixtures.bearer(memberToken)
                        .api(
                                "POST",
                                "/api/v1/communities/" + community.slug() + "/proposals/" + id + "/review",
                                "{\"decision\":\"approve\"}")
                        .status())
                .isEqualTo(403);
        assertThat(fixtures.bearer(fixtures.token(outsider))
                        .api("GET", "/api/v1/communities/" + community.slug() + "/proposals", null)
                        .status())
                .isEqualTo(403);
        Page unchanged = fixtures.bearer(memberToken)
                .api(
                        "POST",
                        "/api/v1/communities/" + community.slug() + "/proposals",
                        "{\"path\":\"" + PAGE + "\",\"title\":\"Integration\",\"body\":"
                                + json(pages.read(community.id(), PAGE).body()) + ",\"baseCommit\":\"" + base + "\"}");
        assertThat(unchanged.status()).isEqualTo(400);
        Page badPath = fixtures.bearer(memberToken)
                .api(
                        "POST",
                        "/api/v1/communities/" + community.slug() + "/proposals",
                        "{\"path\":\"../etc/passwd.md\",\"title\":\"X\",\"body\":\"x\"}");
        assertThat(badPath.status()).isEqualTo(400);
        assertThat(proposals.list(community.id(), false))
                .extracting(Proposal::title)
                .doesNotContain("Change ../etc/passwd.md");
    }

    private ProposalStatus status(long id) {
        return proposals.inCommunity(community.id(), id).status();
    }

    private static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    private long proposeNewPage(String path, String body) {
        Page posted = fixtures.signedIn(member)
                .submitNoFollow(
                        "/c/" + community.slug() + "/proposals",
                        Map.of("path", path, "title", "Draft", "body", body, "proposalTitle", "New " + path));
        assertThat(posted.status()).as(posted.body()).isEqualTo(302);
        String location = posted.location();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private Page editInProposal(Account who, long id, String path, String body, String base) {
        return fixtures.signedIn(who)
                .submitNoFollow(
                        "/c/" + community.slug() + "/proposals/" + id + "/edit",
                        Map.of("path", path, "title", "Draft", "body", body, "baseCommit", base));
    }

    private String tip(long id) {
        return branches.tip(
                        community.id(),
                        proposals.inCommunity(community.id(), id).branch())
                .orElseThrow();
    }

    @Test
    void theAuthorAndAReviewerEditAProposalAtOnce() {
        String path = "drafts/concurrent.md";
        long id = proposeNewPage(path, "Alpha line.\n\nMiddle line.\n\nOmega line.\n");
        String seen = tip(id);

        // both start from the same version: different lines are combined
        assertThat(editInProposal(facilitator, id, path, "Alpha line, reviewed.\n\nMiddle line.\n\nOmega line.\n", seen)
                        .status())
                .isEqualTo(302);
        assertThat(editInProposal(member, id, path, "Alpha line.\n\nMiddle line.\n\nOmega line, extended.\n", seen)
                        .status())
                .isEqualTo(302);
        String both = pages.read(community.id(), new PageVersion(tip(id), path)).body();
        assertThat(both).contains("Alpha line, reviewed.", "Omega line, extended.");

        // the same line changed by both: nothing saved, the text typed is kept and the proposal's text shown
        String before = tip(id);
        Page clash = editInProposal(
                member, id, path, "Alpha line, rewritten by Moana.\n\nMiddle line.\n\nOmega line.\n", seen);
        assertThat(clash.status()).isEqualTo(409);
        assertThat(clash.body())
                .contains("Not saved", "Alpha line, rewritten by Moana.", "Alpha line, reviewed.")
                .contains("value=\"" + before + "\"");
        assertThat(tip(id)).isEqualTo(before);

        // someone who neither wrote nor reviews the proposal may not edit it
        assertThat(editInProposal(guest, id, path, "Taken over.\n", before).status())
                .isEqualTo(403);
    }

    @Test
    void aClosedProposalCannotBeEditedNorSentBackToReview() {
        String path = "drafts/closed.md";
        long id = proposeNewPage(path, "Soon closed.\n");
        String before = tip(id);
        Visitor author = fixtures.signedIn(member);
        assertThat(author.submitNoFollow("/c/" + community.slug() + "/proposals/" + id + "/close", Map.of())
                        .status())
                .isEqualTo(302);

        Page form = author.getNoFollow("/c/" + community.slug() + "/proposals/" + id + "/edit?path=" + path);
        assertThat(form.status()).isEqualTo(409);
        assertThat(form.body()).contains("can no longer be changed");
        assertThat(editInProposal(member, id, path, "Changed after closing.\n", before)
                        .status())
                .isEqualTo(409);
        assertThat(author.submitNoFollow("/c/" + community.slug() + "/proposals/" + id + "/request-review", Map.of())
                        .status())
                .isEqualTo(409);
        assertThat(tip(id)).isEqualTo(before);
        assertThat(status(id)).isEqualTo(ProposalStatus.CLOSED);
        assertThat(author.getNoFollow("/c/" + community.slug() + "/proposals/" + id)
                        .body())
                .contains("Closed by Moana Member")
                .doesNotContain("Edit this page", "Ask for review again");
    }

    @Test
    void aHugeChangeShowsItsFirstChangedPassagesQuickly() {
        String path = "drafts/huge.md";
        StringBuilder old = new StringBuilder();
        StringBuilder changed = new StringBuilder();
        for (int line = 0; line < 15_000; line++) {
            // a third of the first 2,000 lines change (within WordDiff.MAX_COMPARED): many passages, compared word by
            // word
            old.append("Line ").append(line).append(" of the register, with some words.\n");
            changed.append("Line ")
                    .append(line)
                    .append(
                            line < 2_000 && line % 3 == 0
                                    ? " of the business register, with some words.\n"
                                    : " of the register, with some words.\n");
        }
        savePage.save(
                community.id(),
                new PageEdit(path, "Huge", old.toString(), null, ""),
                new Author("Fia Facilitator", facilitator.email()));
        String base = pages.read(community.id(), path).commitId();
        Page posted = fixtures.signedIn(member)
                .submitNoFollow(
                        "/c/" + community.slug() + "/proposals",
                        Map.of(
                                "path",
                                path,
                                "title",
                                "Huge",
                                "body",
                                changed.toString(),
                                "baseCommit",
                                base,
                                "proposalTitle",
                                "Name the register"));
        assertThat(posted.status()).as(posted.body()).isEqualTo(302);

        long started = System.nanoTime();
        Page shown = fixtures.signedIn(facilitator).getNoFollow(posted.location());
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertThat(shown.status()).isEqualTo(200);
        assertThat(took).isLessThan(Duration.ofSeconds(20));
        assertThat(shown.body())
                .contains("<ins>business </ins>", "more changed lines, not shown here")
                .doesNotContain("Line 1998 of");
        assertThat(shown.body().length()).isLessThan(200_000);
    }

    @Test
    void choosingATemplateKeepsWhatWasTypedWithoutJavaScript() {
        Page chosen = fixtures.signedIn(member)
                .submitNoFollow(
                        "/c/" + community.slug() + "/proposals",
                        Map.of(
                                "path", "studies/linkage",
                                "title", "Linkage in Tonga",
                                "proposalTitle", "A study",
                                "template", "case-study"));
        assertThat(chosen.status()).isEqualTo(200);
        assertThat(chosen.body()).contains("value=\"studies/linkage\"", "value=\"Linkage in Tonga\"", "## The problem");
        assertThat(proposals.list(community.id(), false))
                .noneMatch(p -> p.title().equals("A study"));

        Page typedFirst = fixtures.signedIn(member)
                .submitNoFollow(
                        "/c/" + community.slug() + "/proposals",
                        Map.of(
                                "path",
                                "studies/linkage",
                                "title",
                                "Linkage",
                                "body",
                                "My own words.",
                                "template",
                                "case-study"));
        assertThat(typedFirst.body())
                .contains("My own words.", "Your text is kept")
                .doesNotContain("## The problem");

        Page unknown = fixtures.signedIn(member)
                .submitNoFollow(
                        "/c/" + community.slug() + "/proposals",
                        Map.of("path", "studies/linkage", "title", "Linkage", "template", "../../secrets"));
        assertThat(unknown.status()).isEqualTo(200);
        assertThat(unknown.body()).contains("There is no template called", "value=\"Linkage\"");
        Page huge = fixtures.signedIn(member)
                .submitNoFollow(
                        "/c/" + community.slug() + "/proposals",
                        Map.of("path", "studies/linkage", "title", "Linkage", "template", "x".repeat(100_000)));
        assertThat(huge.status()).isEqualTo(200);
        assertThat(huge.body()).contains("There is no template called").doesNotContain("x".repeat(81));

        Page page = fixtures.signedIn(facilitator)
                .submitNoFollow(
                        "/c/" + community.slug() + "/space/-/new",
                        Map.of("path", "studies/fiji", "title", "Linkage in Fiji", "template", "case-study"));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("value=\"studies/fiji\"", "value=\"Linkage in Fiji\"", "## The problem");
        assertThat(pages.list(community.id())).noneMatch(p -> p.path().equals("studies/fiji.md"));
    }

    @Test
    void aMemberIsOfferedAProposalForANewPageAndARefusalKeepsTheSignedInHeader() {
        Visitor session = fixtures.signedIn(member);
        assertThat(session.getNoFollow("/c/" + community.slug() + "/space").body())
                .contains("href=\"/c/" + community.slug() + "/proposals/new\">New page</a>");
        assertThat(session.getNoFollow("/c/" + community.slug() + "/proposals/new")
                        .body())
                .contains("Start from a template", "Case study");
        // opened directly, the new-page form sends the member on to the proposal, with what the address carried
        Page sentOn = session.getNoFollow("/c/" + community.slug() + "/space/-/new?title=Linkage+in+Fiji");
        assertThat(sentOn.status()).isEqualTo(303);
        assertThat(sentOn.location()).endsWith("/c/" + community.slug() + "/proposals/new?title=Linkage%20in%20Fiji");
        Page refused = session.getNoFollow("/c/" + community.slug() + "/audit");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).contains("Sign out", "Moana Member").doesNotContain(">Sign in<");
    }
}
