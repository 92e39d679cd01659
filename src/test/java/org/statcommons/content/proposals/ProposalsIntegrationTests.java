package org.statcommons.content.proposals;

import static org.assertj.core.api.Assertions.assertThat;

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
                        "Open",
                        "<strong>weights</strong>",
                        "<ins class=\"changed\"> records</ins>",
                        PAGE)
                .doesNotContain("Merge into main");
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
                .contains("Merge into main", "Approve");
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
            assertThat(head.getAuthorIdent().getEmailAddress()).isEqualTo(facilitator.email());
            assertThat(walk.parseCommit(head.getParent(1)).getAuthorIdent().getEmailAddress())
                    .isEqualTo(member.email());
        }
        Page after = memberSession.getNoFollow("/c/" + community.slug() + "/proposals/" + id);
        assertThat(after.body())
                .contains("Merged", "Which records?", "Thanks, &lt;b&gt;good&lt;/b&gt;.", "merged it")
                .doesNotContain("<b>good</b>");
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
        assertThat(api.body()).contains("Main changed the same lines", PAGE, "<<<<<<< main", ">>>>>>> proposal");

        Visitor facilitatorSession = fixtures.signedIn(facilitator);
        facilitatorSession.submitNoFollow("/c/" + community.slug() + "/proposals/" + id + "/merge", Map.of());
        assertThat(facilitatorSession
                        .getNoFollow("/c/" + community.slug() + "/proposals/" + id)
                        .body())
                .contains("Main changed the same lines as this proposal", PAGE);
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
}
