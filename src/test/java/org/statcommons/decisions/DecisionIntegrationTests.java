package org.statcommons.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.statcommons.support.Visitor.fields;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.statcommons.access.CommunityRole;
import org.statcommons.community.Community;
import org.statcommons.identity.Account;
import org.statcommons.support.Fixtures;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.TestClock;
import org.statcommons.support.Visitor;
import org.statcommons.support.Visitor.Page;
import org.w3c.dom.Document;

/**
 * Decisions through the browser's forms and the API: proposing, voting and changing a vote, who may vote, when the
 * tally shows, closing early and at the deadline, the outcome statement, immutability once closed, the decision log
 * and its feed, and reminders to those who have not voted.
 */
@StatCommonsIntegrationTest
@RecordApplicationEvents
class DecisionIntegrationTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient db;

    @Autowired
    CloseDecision closeDecision;

    @Autowired
    RemindVoters remindVoters;

    @Autowired
    ApplicationEvents events;

    @AfterEach
    void backToRealTime() {
        clock.reset();
    }

    @Test
    void aConsentDecisionIsProposedVotedOnClosedEarlyAndThenCannotChange() {
        Community community = fixtures.community("Consent");
        Account facilitator = fixtures.member(community, "Fatima Facilitator", CommunityRole.FACILITATOR);
        Account ana = fixtures.member(community, "Ana Member", CommunityRole.MEMBER);
        Account ben = fixtures.member(community, "Ben Member", CommunityRole.MEMBER);
        Visitor proposer = fixtures.signedIn(facilitator);
        String decisions = "/c/" + community.slug() + "/decisions";
        LocalDateTime deadline = LocalDateTime.ofInstant(clock.instant(), ZoneId.of("Pacific/Fiji"))
                .plusDays(3)
                .truncatedTo(ChronoUnit.MINUTES);

        Page refused = proposer.submit(
                decisions + "/new", decisions, fields("title", "", "kind", "CONSENT", "deadline", "tomorrow"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text()).contains("“tomorrow” is not a date and time such as 2026-12-20 17:00.");

        Page proposed = proposer.submitNoFollow(
                decisions + "/new",
                decisions,
                fields(
                        "title", "Adopt the census guidelines",
                        "body", "We adopt **the guidelines**.",
                        "kind", "CONSENT",
                        "deadline", deadline.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")),
                        "visibility", "PUBLIC",
                        "tallyShown", "AFTER_VOTING",
                        "electorate", "community"));
        assertThat(proposed.status()).isEqualTo(302);
        String page = proposed.location().replace("?proposed", "");
        long id = Long.parseLong(page.substring(page.lastIndexOf('/') + 1));
        assertThat(db.sql("select deadline from decisions.decisions where id = ?")
                        .param(id)
                        .query(java.sql.Timestamp.class)
                        .single()
                        .toInstant())
                .as("the deadline was typed in the proposer's zone")
                .isEqualTo(deadline.atZone(ZoneId.of("Pacific/Fiji")).toInstant());

        // someone who joins after the proposal is not eligible: the electorate is a snapshot
        Account late = fixtures.member(community, "Late Joiner", CommunityRole.MEMBER);
        Visitor lateVisitor = fixtures.signedIn(late);
        Page notEligible = lateVisitor.submit(page, page + "/vote", fields("choice", "AGREE"));
        assertThat(notEligible.status()).isEqualTo(403);
        assertThat(notEligible.text()).contains("You are not among the");

        Visitor anaVisitor = fixtures.signedIn(ana);
        Page before = anaVisitor.get(page);
        assertThat(before.text())
                .contains("Adopt the census guidelines", "the guidelines", "The tally is shown to each voter once")
                .contains("0 of 4");
        assertThat(before.body().length()).isLessThan(30_000);
        Page blockWithoutReason = anaVisitor.submit(page, page + "/vote", fields("choice", "BLOCK", "reason", ""));
        assertThat(blockWithoutReason.status()).isEqualTo(400);
        assertThat(blockWithoutReason.text()).contains("Reason");
        assertThat(db.sql("select count(*) from decisions.votes where decision_id = ?")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isZero();
        anaVisitor.submit(page, page + "/vote", fields("choice", "BLOCK", "reason", "Section 3 is wrong"));
        Page changed = anaVisitor.submit(page, page + "/vote", fields("choice", "AGREE", "reason", "Fixed now"));
        assertThat(changed.text()).contains("Your vote is recorded", "Tally so far", "Fixed now", "1 of 4");
        fixtures.signedIn(ben).submit(page, page + "/vote", fields("choice", "DISAGREE", "reason", "Too early"));

        // a member who is not its proposer may not close it; its proposer may, with the outcome
        Page notSteward = anaVisitor.submit(page, page + "/close", fields("statement", "Mine"));
        assertThat(notSteward.status()).isEqualTo(403);
        Page closed = proposer.submit(page, page + "/close", fields("statement", "Adopted; section 3 revised."));
        assertThat(closed.text()).contains("The decision is closed.", "Adopted", "Adopted; section 3 revised.");

        // closed: no vote, no edit, no second statement
        assertThat(anaVisitor
                        .submit(page, page + "/vote", fields("choice", "BLOCK", "reason", "Late"))
                        .status())
                .isEqualTo(409);
        Visitor api = fixtures.bearer(fixtures.token(facilitator));
        String apiPath = "/api/v1/communities/" + community.slug() + "/decisions/" + id;
        Page edit = api.api("PATCH", apiPath, "{\"title\":\"Rewritten\"}");
        assertThat(edit.status()).isEqualTo(409);
        assertThat(edit.contentType()).contains("application/problem+json");
        assertThat(api.api("PUT", apiPath + "/statement", "{\"statement\":\"Other\"}")
                        .status())
                .isEqualTo(409);
        assertThat(api.api("POST", apiPath + "/close", "{}").status()).isEqualTo(409);
        assertThat(db.sql("select title || '|' || statement || '|' || outcome from decisions.decisions where id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("Adopt the census guidelines|Adopted; section 3 revised.|ADOPTED");

        // the public decision log, its feed and the tally, also for someone signed out
        Page log = fixtures.anonymous().get(decisions);
        assertThat(log.text()).contains("Decision log", "Adopt the census guidelines", "Adopted; section 3 revised.");
        Page feed = fixtures.anonymous().get(decisions + ".atom");
        assertThat(feed.status()).isEqualTo(200);
        Document atom = atom(feed.body());
        assertThat(atom.getElementsByTagName("entry").getLength()).isEqualTo(1);
        assertThat(atom.getElementsByTagName("entry").item(0).getTextContent())
                .contains("Adopted: Adopt the census guidelines", page);
        Page tally = fixtures.anonymousApi().api("GET", apiPath + "/tally", null);
        assertThat(tally.body()).contains("\"shown\":true", "\"outcome\":\"ADOPTED\"", "\"voted\":2");
        Page arabic = fixtures.anonymous().get(page + "?lang=ar");
        assertThat(arabic.text()).contains("مُعتمد");
    }

    @Test
    void aRankedChoiceThroughTheApiClosesAtItsDeadlineWithTheRoundsAndTellsItsSubjectsFeature() {
        Community community = fixtures.community("Ranked");
        Account secretariat = fixtures.member(community, "Sam Secretariat", CommunityRole.SECRETARIAT);
        Visitor sam = fixtures.bearer(fixtures.token(secretariat));
        String base = "/api/v1/communities/" + community.slug() + "/decisions";
        Account[] voters = new Account[4];
        Visitor[] apis = new Visitor[4];
        for (int i = 0; i < 4; i++) {
            voters[i] = fixtures.member(community, "Voter " + i, CommunityRole.MEMBER);
            apis[i] = fixtures.bearer(fixtures.token(voters[i]));
        }
        String deadline = clock.instant()
                .plus(Duration.ofDays(2))
                .truncatedTo(ChronoUnit.SECONDS)
                .toString();
        Page proposed = sam.api("POST", base, """
                {"title":"Choose the venue","kind":"RANKED","deadline":"%s","options":"Suva\\nApia\\nNuku'alofa",
                 "tallyShown":"AFTER_CLOSING","visibility":"MEMBERS"}""".formatted(deadline));
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
        String path = proposed.location().substring(proposed.location().indexOf("/api/"));
        Page duplicate = apis[0].api("PUT", path + "/vote", "{\"ranking\":[1,1]}");
        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(duplicate.body()).contains("ranking", "The option “Apia” is given more than once.");
        // round 1: Suva 2, Apia 1, Nuku'alofa 1, no majority; whichever of the last two the lot eliminates, Suva wins
        apis[0].api("PUT", path + "/vote", "{\"ranking\":[0]}");
        apis[1].api("PUT", path + "/vote", "{\"ranking\":[0,1]}");
        apis[2].api("PUT", path + "/vote", "{\"ranking\":[1]}");
        Page cast = apis[3].api("PUT", path + "/vote", "{\"ranking\":[2,1]}");
        assertThat(cast.body()).contains("\"ballot\":[2,1]");
        assertThat(apis[3].api("GET", path + "/tally", null).body())
                .as("hidden until closed")
                .contains("\"shown\":false", "\"voted\":4");

        clock.advance(Duration.ofDays(2).plusMinutes(1));
        Page late = apis[0].api("PUT", path + "/vote", "{\"ranking\":[1]}");
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.body()).contains("The deadline has passed");
        closeDecision.closeDue();
        assertThat(events.stream(DecisionClosed.class))
                .anySatisfy(closed -> assertThat(closed.winnerLabel()).isEqualTo("Suva"));
        Page tally = sam.api("GET", path + "/tally", null);
        assertThat(tally.body()).contains("\"shown\":true", "\"rounds\":[", "\"outcome\":\"ADOPTED\"");
        assertThat(closeDecision.closeDue()).as("closed once").isZero();
        Page shown = fixtures.signedIn(secretariat).get(path.replace("/api/v1/communities", "/c"));
        assertThat(shown.text()).contains("Instant runoff, round by round", "Round 2", "Winner");
    }

    @Test
    void rankedAndPollBallotsAreCastThroughTheFormsAndBadOnesNameTheirFault() {
        Community community = fixtures.community("Forms");
        Account lead = fixtures.member(community, "Lena Leader", CommunityRole.LEADER);
        Visitor api = fixtures.bearer(fixtures.token(lead));
        String base = "/api/v1/communities/" + community.slug() + "/decisions";
        String deadline = clock.instant().plus(Duration.ofDays(3)).toString();
        String ranked = api.api("POST", base, """
                        {"title":"Rank the themes","kind":"RANKED","deadline":"%s","options":"Gender\\nMigration\\nClimate"}""".formatted(deadline)).location();
        String poll = api.api("POST", base, """
                        {"title":"Pick two days","kind":"POLL","maxChoices":"2","deadline":"%s","options":"Mon\\nTue\\nWed"}""".formatted(deadline)).location();
        Visitor browser = fixtures.signedIn(lead);
        String rankedPage = ranked.substring(ranked.indexOf("/api/")).replace("/api/v1/communities", "/c");
        String pollPage = poll.substring(poll.indexOf("/api/")).replace("/api/v1/communities", "/c");

        Page gap = browser.submit(rankedPage, rankedPage + "/vote", fields("rank-0", "1", "rank-2", "3"));
        assertThat(gap.status()).isEqualTo(400);
        assertThat(gap.text()).contains("Ranks go 1, 2, 3… without a gap: rank 2 is missing before rank 3.");
        Page ranks =
                browser.submit(rankedPage, rankedPage + "/vote", fields("rank-0", "2", "rank-1", "", "rank-2", "1"));
        assertThat(ranks.text()).contains("Your vote is recorded", "First preferences");
        assertThat(ranks.body()).contains("id=\"rank-2\" name=\"rank-2\" value=\"1\"");

        Page tooMany = browser.submit(pollPage, pollPage + "/vote", fields("chosen", java.util.List.of("0", "1", "2")));
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.text()).contains("Choose from 1 to 2 options (you chose 3).");
        Page chosen = browser.submit(pollPage, pollPage + "/vote", fields("chosen", java.util.List.of("0", "2")));
        assertThat(chosen.text())
                .as("Mon and Wed tie: nothing wins")
                .contains("Your vote is recorded", "As it stands: not adopted.");
        assertThat(api.api("GET", poll.substring(poll.indexOf("/api/")) + "/tally", null)
                        .body())
                .contains("\"label\":\"Wed\",\"value\":1");
    }

    @Test
    void votersWhoHaveNotVotedAreRemindedOnceADayBeforeTheDeadline() {
        Community community = fixtures.community("Reminders");
        Account proposerAccount = fixtures.member(community, "Rita Proposer", CommunityRole.FACILITATOR);
        Account voted = fixtures.member(community, "Vera Voted", CommunityRole.MEMBER);
        Account waiting = fixtures.member(community, "Walt Waiting", CommunityRole.MEMBER);
        Visitor rita = fixtures.bearer(fixtures.token(proposerAccount));
        String base = "/api/v1/communities/" + community.slug() + "/decisions";
        String deadline = clock.instant().plus(Duration.ofHours(30)).toString();
        Page proposed = rita.api(
                "POST", base, "{\"title\":\"Approve the budget\",\"kind\":\"VOTE\",\"deadline\":\"" + deadline + "\"}");
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
        String path = proposed.location().substring(proposed.location().indexOf("/api/"));
        long id = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
        fixtures.bearer(fixtures.token(voted)).api("PUT", path + "/vote", "{\"choice\":\"YES\"}");
        assertThat(remindVoters.remindDue()).as("not yet: 30 hours ahead").isZero();

        clock.advance(Duration.ofHours(7));
        remindVoters.remindDue();
        assertThat(remindVoters.remindDue()).as("once only").isZero();
        await().atMost(Duration.ofSeconds(20)).until(() -> reminded(waiting.id(), id) == 1);
        assertThat(reminded(voted.id(), id)).isZero();
        assertThat(reminded(proposerAccount.id(), id))
                .as("the proposer has not voted either")
                .isEqualTo(1);
    }

    private int reminded(long accountId, long decisionId) {
        return db.sql("""
                        select count(*)::int from notifications.notices n
                        join notifications.activities a on a.id = n.activity_id
                        where n.account_id = ? and a.kind = 'DECISION_REMINDER' and a.link like ?""")
                .params(accountId, "%/decisions/" + decisionId)
                .query(Integer.class)
                .single();
    }

    private static Document atom(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
