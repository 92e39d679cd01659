package org.statcommons.leadership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.statcommons.support.Visitor.fields;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.statcommons.access.Action;
import org.statcommons.access.CommunityRole;
import org.statcommons.access.JoinPolicy;
import org.statcommons.access.Permissions;
import org.statcommons.access.PlatformRole;
import org.statcommons.community.Community;
import org.statcommons.identity.Account;
import org.statcommons.support.Fixtures;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.TestClock;
import org.statcommons.support.Visitor;
import org.statcommons.support.Visitor.Page;

/**
 * Co-leads and elections through the screens and the API: terms recorded and shown, the one extension, a co-lead's
 * standing, reminders 90 and 30 days ahead with a proposed election, nominations and acceptance, the secret ranked
 * ballot and its refusals, the count seat by seat, and the winners' terms beginning on their day.
 */
@StatCommonsIntegrationTest
class LeadershipIntegrationTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient db;

    @Autowired
    Permissions permissions;

    @Autowired
    RemindTermEnds remindTermEnds;

    @Autowired
    CountElections countElections;

    @Autowired
    BeginTerms beginTerms;

    @AfterEach
    void backToRealTime() {
        clock.reset();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private int terms(Community community) {
        return db.sql("select count(*)::int from leadership.terms where community_id = ?")
                .param(community.id())
                .query(Integer.class)
                .single();
    }

    @Autowired
    Terms terms;

    @Test
    void whoHoldsATermIsKeptInMemoryYetATermRecordedOrExtendedCountsAtOnce() {
        Account keeper = fixtures.account("Kept term keeper", PlatformRole.SECRETARIAT);
        Community community = fixtures.community("Kept co-leads", JoinPolicy.BY_REQUEST, keeper);
        Visitor secretariat = fixtures.signedIn(keeper);
        Account kai = fixtures.member(community, "Kai Kept", CommunityRole.MEMBER);
        String coLeads = "/c/" + community.slug() + "/co-leads";
        assertThat(permissions.may(kai.actor(), Action.FACILITATE_DECISIONS, community.id()))
                .as("not a co-lead: the answer is kept")
                .isFalse();
        // a row no write here told of is not seen while the answer is kept: proof that it is kept
        db.sql("insert into leadership.terms (community_id, account_id, starts_on, ends_on, recorded_by, recorded_at)"
                        + " values (?, ?, ?, ?, ?, now())")
                .params(community.id(), kai.id(), today(), today(), keeper.id())
                .update();
        assertThat(terms.current(kai.id(), community.id(), today())).isFalse();
        db.sql("delete from leadership.terms where community_id = ?")
                .param(community.id())
                .update();

        Page recorded = secretariat.submit(
                coLeads,
                coLeads,
                fields("person", kai.displayName(), "startsOn", today().toString(), "endsOn", "", "body", ""));
        assertThat(recorded.text()).contains("The co-lead’s term is recorded.");
        assertThat(permissions.may(kai.actor(), Action.FACILITATE_DECISIONS, community.id()))
                .as("recorded: a co-lead at the next question")
                .isTrue();

        long term = db.sql("select id from leadership.terms where account_id = ?")
                .param(kai.id())
                .query(Long.class)
                .single();
        LocalDate later = db.sql("select ends_on from leadership.terms where id = ?")
                .param(term)
                .query(LocalDate.class)
                .single()
                .plusDays(1);
        assertThat(terms.current(kai.id(), community.id(), later))
                .as("the day after the term")
                .isFalse();
        terms.extend(term, later.plusDays(30), keeper.id(), clock.instant());
        assertThat(terms.current(kai.id(), community.id(), later))
                .as("extended: a co-lead that day at the next question")
                .isTrue();
    }

    @Test
    void theSecretariatRecordsTermsShownOnTheLandingAndBodyPagesAndExtendsOneOnceForOneCoLeadAtATime() {
        Account keeper = fixtures.account("Term keeper", PlatformRole.SECRETARIAT);
        Community community = fixtures.community("Co-leads", JoinPolicy.BY_REQUEST, keeper);
        Visitor secretariat = fixtures.signedIn(keeper);
        Account ana = fixtures.member(community, "Ana Colead", CommunityRole.MEMBER);
        Account ben = fixtures.member(community, "Ben Colead", CommunityRole.MEMBER);
        Account guest = fixtures.member(community, "Gus Guest", CommunityRole.GUEST);
        Account plain = fixtures.member(community, "Pia Plain", CommunityRole.MEMBER);
        long body = LeadershipTestBodies.body(db, community, "Steering Committee", keeper, List.of(plain));
        String coLeads = "/c/" + community.slug() + "/co-leads";

        Page refused = secretariat.submit(
                coLeads, coLeads, fields("person", guest.displayName(), "startsOn", "soon", "endsOn", "", "body", ""));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text())
                .as("a guest is not among whom a co-lead is picked")
                .contains("No current member (guests aside) is called “Gus Guest” or has that e-mail address.");
        assertThat(refused.body()).as("the form again, with what was typed").contains("value=\"Gus Guest\"");
        Page badDay = secretariat.submit(
                coLeads, coLeads, fields("person", "ana colead", "startsOn", "soon", "endsOn", "", "body", ""));
        assertThat(badDay.status()).isEqualTo(400);
        assertThat(badDay.text())
                .contains("First day: “soon” is not a day; write it as year-month-day, for example 2027-03-31.");
        Page backwards = secretariat.submit(
                coLeads,
                coLeads,
                fields(
                        "person",
                        ana.displayName(),
                        "startsOn",
                        today().toString(),
                        "endsOn",
                        today().minusDays(1),
                        "body",
                        ""));
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.text()).contains("The last day comes before the first.");
        assertThat(terms(community)).as("nothing half-saved").isZero();

        LocalDate anaStart = today().minusDays(400);
        Page recorded = secretariat.submit(
                coLeads,
                coLeads,
                fields("person", ana.displayName(), "startsOn", anaStart.toString(), "endsOn", "", "body", body));
        assertThat(recorded.status()).isEqualTo(200);
        assertThat(recorded.text())
                .contains("The co-lead’s term is recorded.")
                .contains("Ana Colead")
                .contains("co-lead from " + anaStart + " to "
                        + anaStart.plusYears(2).minusDays(1));
        Page overlap = secretariat.submit(
                coLeads,
                coLeads,
                fields("person", ana.displayName(), "startsOn", today().toString(), "endsOn", "", "body", ""));
        assertThat(overlap.status()).isEqualTo(409);
        assertThat(overlap.text()).contains("already holds a co-lead term from " + anaStart);

        LocalDate benStart = today().minusDays(200);
        secretariat.submit(
                coLeads,
                coLeads,
                fields("person", ben.displayName(), "startsOn", benStart.toString(), "endsOn", "", "body", ""));
        Account former = fixtures.member(community, "Fay Former", CommunityRole.MEMBER);
        Visitor api = fixtures.signedIn(keeper);
        Page past = api.api(
                "POST",
                "/api/v1/communities/" + community.slug() + "/co-leads",
                "{\"person\":\"" + former.id() + "\",\"startsOn\":\"2020-01-01\",\"endsOn\":\"2021-12-31\"}");
        assertThat(past.status()).isEqualTo(201);
        assertThat(past.body()).contains("\"current\":false");

        Page landing = fixtures.anonymous().get("/c/" + community.slug());
        assertThat(landing.text())
                .contains("Co-leads")
                .contains("Ana Colead")
                .contains("Ben Colead")
                .contains("co-lead from 2020-01-01 to 2021-12-31 (past)");
        assertThat(landing.body().indexOf("Fay Former"))
                .as("past co-leads after the current ones")
                .isGreaterThan(landing.body().indexOf("Ana Colead"));
        Page bodyPage = fixtures.anonymous().get("/c/" + community.slug() + "/bodies/" + body);
        assertThat(bodyPage.text()).contains("Co-leads").contains("Ana Colead");

        // a co-lead's standing: they may facilitate decisions as facilitators do; a past co-lead may not
        assertThat(permissions.may(ana.actor(), Action.FACILITATE_DECISIONS, community.id()))
                .isTrue();
        assertThat(permissions.allowedIn(ana.actor(), community.id())).contains(Action.FACILITATE_DECISIONS);
        assertThat(permissions.may(former.actor(), Action.FACILITATE_DECISIONS, community.id()))
                .isFalse();
        assertThat(permissions.may(plain.actor(), Action.FACILITATE_DECISIONS, community.id()))
                .isFalse();

        long anaTerm = db.sql("select id from leadership.terms where account_id = ?")
                .param(ana.id())
                .query(Long.class)
                .single();
        long benTerm = db.sql("select id from leadership.terms where account_id = ?")
                .param(ben.id())
                .query(Long.class)
                .single();
        Page extended = secretariat.submit(coLeads, coLeads + "/" + anaTerm + "/extend", fields());
        assertThat(extended.text())
                .contains("The term is extended by one year, to "
                        + anaStart.plusYears(3).minusDays(1))
                .contains("extended one year for continuity");
        Page twice = secretariat.submit(coLeads, coLeads + "/" + anaTerm + "/extend", fields());
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.text()).contains("This term was extended once already");
        Page second = api.api(
                "POST", "/api/v1/communities/" + community.slug() + "/co-leads/" + benTerm + "/extension", null);
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.body())
                .contains("Only one co-lead may stay an extra year for continuity, and Ana Colead already does");
        assertThat(db.sql(
                                "select count(*)::int from leadership.terms where original_ends_on is not null and community_id = ?")
                        .param(community.id())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        Page formerExtended = api.api(
                "POST",
                "/api/v1/communities/" + community.slug() + "/co-leads/"
                        + db.sql("select id from leadership.terms where account_id = ?")
                                .param(former.id())
                                .query(Long.class)
                                .single()
                        + "/extension",
                null);
        assertThat(formerExtended.status()).isEqualTo(409);
        assertThat(formerExtended.body()).contains("This term ended on 2021-12-31");

        assertThat(fixtures.signedIn(plain)
                        .submit(coLeads, coLeads + "/" + benTerm + "/extend", fields())
                        .status())
                .isEqualTo(403);
    }

    @Test
    void theSecretariatAndTheBodyAreToldNinetyAndThirtyDaysAheadOnceEachWithAnElectionProposed() {
        Account keeper = fixtures.account("Reminded keeper", PlatformRole.SECRETARIAT);
        Community community = fixtures.community("Reminders", JoinPolicy.BY_REQUEST, keeper);
        Account ana = fixtures.member(community, "Ana Ending", CommunityRole.MEMBER);
        Account seat = fixtures.member(community, "Sam Seat", CommunityRole.MEMBER);
        long body = LeadershipTestBodies.body(db, community, "Steering Committee", keeper, List.of(seat));
        LocalDate end = today().plusDays(120);
        Page recorded = fixtures.signedIn(keeper)
                .api(
                        "POST",
                        "/api/v1/communities/" + community.slug() + "/co-leads",
                        "{\"person\":\"" + ana.id() + "\",\"startsOn\":\""
                                + end.minusYears(2).plusDays(1) + "\",\"body\":\"" + body + "\"}");
        assertThat(recorded.status()).isEqualTo(201);
        long term = db.sql("select id from leadership.terms where account_id = ?")
                .param(ana.id())
                .query(Long.class)
                .single();

        remindTermEnds.remindDue();
        assertThat(reminded(term, "reminded_90_at"))
                .as("120 days ahead: not yet")
                .isFalse();

        clock.advance(Duration.ofDays(31));
        remindTermEnds.remindDue();
        remindTermEnds.remindDue();
        assertThat(reminded(term, "reminded_90_at")).isTrue();
        assertThat(reminded(term, "reminded_30_at")).isFalse();
        Long election = db.sql("select proposed_election_id from leadership.terms where id = ?")
                .param(term)
                .query(Long.class)
                .single();
        assertThat(election).isNotNull();
        assertThat(db.sql(
                                "select state || ' ' || body_id || ' ' || term_starts_on from leadership.elections where id = ?")
                        .param(election)
                        .query(String.class)
                        .single())
                .isEqualTo("DRAFT " + body + " " + end.plusDays(1));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> told(keeper.id(), community) == 1 && told(seat.id(), community) == 1);
        assertThat(link(keeper.id(), community)).isEqualTo("/c/" + community.slug() + "/elections/" + election);

        // the draft is the secretariat's until announced
        assertThat(fixtures.signedIn(seat)
                        .get("/c/" + community.slug() + "/elections/" + election)
                        .status())
                .isEqualTo(404);
        assertThat(fixtures.signedIn(keeper)
                        .get("/c/" + community.slug() + "/elections/" + election)
                        .text())
                .contains("Election of a co-lead to follow Ana Ending")
                .contains("Check and announce this proposed election");
        String draft = "/c/" + community.slug() + "/elections/" + election;
        // StatCommons' proposed title reads in the reader's language, on the page and in the form to announce it
        Page french = fixtures.signedIn(keeper).get(draft + "?lang=fr");
        assertThat(french.text()).contains("Élection d’un coresponsable pour succéder à Ana Ending");
        assertThat(french.body()).contains("value=\"Élection d’un coresponsable pour succéder à Ana Ending\"");
        Visitor secretariat = fixtures.signedIn(keeper);
        Page announced = secretariat.submit(
                draft,
                draft + "/announce",
                fields(
                        "title", "Next co-lead",
                        "seats", "1",
                        "nominationsEnd",
                                clock.instant().plus(Duration.ofDays(1)).toString(),
                        "votingEnd", clock.instant().plus(Duration.ofDays(2)).toString(),
                        "termStartsOn", end.plusDays(1).toString()));
        assertThat(announced.text())
                .contains("The election is announced: nominations are open.")
                .contains("Next co-lead");
        assertThat(fixtures.signedIn(keeper).get(draft + "?lang=fr").text())
                .as("a typed title reads as typed")
                .contains("Next co-lead");
        assertThat(fixtures.signedIn(seat).get(draft).status()).isEqualTo(200);
        assertThat(secretariat
                        .submit(
                                draft,
                                draft + "/announce",
                                fields(
                                        "title", "Again",
                                        "seats", "1",
                                        "nominationsEnd",
                                                clock.instant()
                                                        .plus(Duration.ofDays(1))
                                                        .toString(),
                                        "votingEnd",
                                                clock.instant()
                                                        .plus(Duration.ofDays(2))
                                                        .toString(),
                                        "termStartsOn", end.plusDays(1).toString()))
                        .status())
                .isEqualTo(409);
        assertThat(fixtures.anonymous()
                        .get("/c/" + community.slug() + "/bodies/" + body)
                        .text())
                .contains("Ana Ending")
                .contains("All co-leads and elections");

        clock.advance(Duration.ofDays(60));
        remindTermEnds.remindDue();
        assertThat(reminded(term, "reminded_30_at")).isTrue();
        await().atMost(Duration.ofSeconds(20))
                .until(() -> told(keeper.id(), community) == 2 && told(seat.id(), community) == 2);
        remindTermEnds.remindDue();
        assertThat(db.sql("select count(*)::int from leadership.elections where community_id = ?")
                        .param(community.id())
                        .query(Integer.class)
                        .single())
                .as("one election proposed for the seat")
                .isEqualTo(1);
        Thread.yield();
        assertThat(told(keeper.id(), community)).as("once each").isEqualTo(2);
    }

    private boolean reminded(long term, String column) {
        return db.sql("select " + column + " is not null from leadership.terms where id = ?")
                .param(term)
                .query(Boolean.class)
                .single();
    }

    private int told(long accountId, Community community) {
        return db.sql("""
                        select count(*)::int from notifications.notices n
                        join notifications.activities a on a.id = n.activity_id
                        where n.account_id = ? and a.kind = 'CO_LEAD_TERM_ENDING' and a.community_id = ?""")
                .params(accountId, community.id())
                .query(Integer.class)
                .single();
    }

    private String link(long accountId, Community community) {
        return db.sql("""
                        select a.link from notifications.notices n
                        join notifications.activities a on a.id = n.activity_id
                        where n.account_id = ? and a.kind = 'CO_LEAD_TERM_ENDING' and a.community_id = ?
                        order by a.id limit 1""").params(accountId, community.id()).query(String.class).single();
    }

    @Test
    void aBodyElectsTwoCoLeadsBySecretRankedBallotAndTheirTermsBeginOnTheSetDay() {
        Account keeper = fixtures.account("Election keeper", PlatformRole.SECRETARIAT);
        Community community = fixtures.community("Elections", JoinPolicy.BY_REQUEST, keeper);
        Visitor secretariat = fixtures.signedIn(keeper);
        Account ana = fixtures.member(community, "Ana Candidate", CommunityRole.MEMBER);
        Account ben = fixtures.member(community, "Ben Candidate", CommunityRole.MEMBER);
        Account dan = fixtures.member(community, "Dan Candidate", CommunityRole.MEMBER);
        Account cho = fixtures.member(community, "Cho Declines", CommunityRole.MEMBER);
        Account guest = fixtures.member(community, "Gil Guest", CommunityRole.GUEST);
        Account outsider = fixtures.member(community, "Oli Outsider", CommunityRole.MEMBER);
        List<Account> seats = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            seats.add(fixtures.member(community, "Elector " + i, CommunityRole.MEMBER));
        }
        long body = LeadershipTestBodies.body(db, community, "Steering Committee", keeper, seats);
        String coLeads = "/c/" + community.slug() + "/co-leads";
        String base = "/api/v1/communities/" + community.slug() + "/elections";

        Page refused = secretariat.submit(
                coLeads,
                "/c/" + community.slug() + "/elections",
                fields(
                        "body",
                        body,
                        "title",
                        "",
                        "seats",
                        "0",
                        "nominationsEnd",
                        "tomorrow",
                        "votingEnd",
                        "",
                        "termStartsOn",
                        ""));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text())
                .contains("Choose from 1 to 10 seats.")
                .contains("“tomorrow” is not a time: write it as 2027-03-01 17:00.");
        String nominationsEnd = clock.instant().plus(Duration.ofDays(7)).toString();
        String votingEnd = clock.instant().plus(Duration.ofDays(14)).toString();
        LocalDate termStart = today().plusDays(30);
        Page created = secretariat.submit(
                coLeads,
                "/c/" + community.slug() + "/elections",
                fields(
                        "body",
                        body,
                        "title",
                        "Co-leads 2027",
                        "seats",
                        "2",
                        "nominationsEnd",
                        nominationsEnd,
                        "votingEnd",
                        votingEnd,
                        "termStartsOn",
                        termStart.toString()));
        assertThat(created.text()).contains("The election is announced: nominations are open.");
        String page = created.path();
        long election = Long.parseLong(page.replaceAll(".*/(\\d+)$", "$1"));
        String path = base + "/" + election;

        Page empty = secretariat.submit(page, page + "/voting", fields());
        assertThat(empty.status()).isEqualTo(409);
        assertThat(empty.text()).contains("This election has no candidate: nobody has accepted a nomination");

        Visitor anaBrowser = fixtures.signedIn(ana);
        anaBrowser.submit(page, page + "/nominations", fields("nominee", ana.displayName()));
        Visitor elector1 = fixtures.signedIn(seats.get(0));
        Page putForward = elector1.submit(page, page + "/nominations", fields("nominee", ben.displayName()));
        assertThat(putForward.text()).contains("The nomination is recorded.");
        assertThat(elector1.submit(page, page + "/nominations", fields("nominee", ben.displayName()))
                        .status())
                .as("twice")
                .isEqualTo(409);
        assertThat(elector1.submit(page, page + "/nominations", fields("nominee", guest.displayName()))
                        .status())
                .as("a guest")
                .isEqualTo(400);
        elector1.submit(page, page + "/nominations", fields("nominee", cho.displayName()));
        fixtures.signedIn(dan).api("POST", path + "/nominations", "{\"nominee\":\"" + dan.id() + "\"}");
        String json = secretariat.api("GET", path, null).body();
        assertThat(json).contains("\"nominee\":\"Ben Candidate\",\"nominatedBy\":\"Elector 1\",\"status\":\"PENDING\"");
        long benNomination = nomination(election, ben);
        long choNomination = nomination(election, cho);
        assertThat(anaBrowser
                        .submit(page, page + "/nominations/" + benNomination + "/answer", fields("accept", "true"))
                        .status())
                .as("only the nominee answers")
                .isEqualTo(404);
        Visitor benBrowser = fixtures.signedIn(ben);
        Page benPage = benBrowser.get(page);
        assertThat(benPage.text()).contains("waiting for the nominee’s answer").contains("Accept");
        assertThat(benBrowser
                        .submit(page, page + "/nominations/" + benNomination + "/answer", fields("accept", "true"))
                        .text())
                .contains("You accepted: you are a candidate.");
        fixtures.signedIn(cho)
                .submit(page, page + "/nominations/" + choNomination + "/answer", fields("accept", "false"));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> db.sql("""
                        select count(*)::int from notifications.notices n
                        join notifications.activities a on a.id = n.activity_id
                        where n.account_id = ? and a.kind = 'ELECTION'""").param(ben.id()).query(Integer.class).single() == 1);

        Visitor[] electors = new Visitor[5];
        for (int i = 0; i < 5; i++) {
            electors[i] = fixtures.signedIn(seats.get(i));
        }
        Page early = electors[0].api("POST", path + "/ballots", "{\"ranking\":[" + ana.id() + "]}");
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.body()).contains("This election is not open for voting.");

        Page opened = secretariat.submit(page, page + "/voting", fields());
        assertThat(opened.text()).contains("The vote is open: 5 electors are told.");
        assertThat(secretariat.api("GET", path, null).body())
                .contains("\"candidates\":[")
                .contains("Ana Candidate")
                .doesNotContain("{\"id\":" + cho.id() + ",\"name\"");
        Page late = elector1.submit(page, page + "/nominations", fields("nominee", outsider.displayName()));
        assertThat(late.status()).isEqualTo(409);

        Page notElector =
                fixtures.signedIn(outsider).api("POST", path + "/ballots", "{\"ranking\":[" + ana.id() + "]}");
        assertThat(notElector.status()).isEqualTo(403);
        assertThat(notElector.body()).contains("You are not among the electors of this election");
        Page duplicates =
                electors[0].api("POST", path + "/ballots", "{\"ranking\":[" + ana.id() + "," + ana.id() + "]}");
        assertThat(duplicates.status()).isEqualTo(400);
        assertThat(duplicates.body()).contains("Ana Candidate").contains("more than once");
        // the form: candidates by position (ana, ben, dan by account id); rank 2 skipped
        Page gap = electors[0].submit(page, page + "/ballots", fields("rank-0", "1", "rank-1", "3"));
        assertThat(gap.status()).isEqualTo(400);
        assertThat(gap.text()).contains("rank 2 is missing");
        Page empties = electors[0].submit(page, page + "/ballots", fields("rank-0", "", "rank-1", ""));
        assertThat(empties.status()).isEqualTo(400);
        assertThat(turnout(election)).as("nothing recorded for refused ballots").isZero();

        // seat 1: Ana 2, Ben 1, Dan 1 -> Ana either way; seat 2 without Ana: Ben 3, Dan 1
        Page form = electors[0].submit(page, page + "/ballots", fields("rank-0", "1", "rank-1", "2"));
        assertThat(form.text()).contains("Your ballot is cast.").contains("You have voted.");
        electors[1].api("POST", path + "/ballots", "{\"ranking\":[" + ana.id() + "," + ben.id() + "]}");
        electors[2].api("POST", path + "/ballots", "{\"ranking\":[" + ben.id() + "," + ana.id() + "]}");
        Page fourth = electors[3].api("POST", path + "/ballots", "{\"ranking\":[" + dan.id() + "," + ben.id() + "]}");
        assertThat(fourth.status()).isEqualTo(204);
        Page again = electors[0].api("POST", path + "/ballots", "{\"ranking\":[" + dan.id() + "]}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body())
                .contains("You have voted in this election already: a secret ballot cannot be changed.");
        assertThat(turnout(election)).isEqualTo(4);

        clock.advance(Duration.ofDays(14).plusMinutes(1));
        Page closed = electors[4].api("POST", path + "/ballots", "{\"ranking\":[" + dan.id() + "]}");
        assertThat(closed.status()).isEqualTo(409);
        assertThat(closed.body()).contains("The vote in this election has closed.");
        countElections.countDue();
        beginTerms.beginDue();
        Page results = secretariat.get(page);
        assertThat(results.text())
                .contains("Seat 1")
                .contains("Seat 2")
                .contains("Round 1")
                .contains("term starts on " + termStart)
                .contains("4 of 5");
        assertThat(results.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                .as("a page under 30 KB")
                .isLessThan(30_000);
        assertThat(results.body()).doesNotContain("<script");
        // the results in the decision log, linked; an election is members-only, so not for visitors nor in the feed
        String decisions = "/c/" + community.slug() + "/decisions";
        Page log = secretariat.get(decisions);
        assertThat(log.text()).contains("Co-leads 2027", "Elected: Ana Candidate, Ben Candidate", "Members only");
        assertThat(log.body()).contains("id=\"election-" + election + "\"", page + "#results");
        assertThat(fixtures.signedIn(ana).get(decisions).text()).contains("Co-leads 2027");
        assertThat(fixtures.anonymous().get(decisions).text()).doesNotContain("Co-leads 2027");
        assertThat(fixtures.anonymous().get(decisions + ".atom").body()).doesNotContain("Co-leads 2027");
        // the results are a line of the members' area's stream, and those elected are told
        String activity = "/c/" + community.slug() + "/activity";
        await().atMost(Duration.ofSeconds(20))
                .until(() -> fixtures.signedIn(outsider)
                        .get(activity)
                        .text()
                        .contains("The results of “Co-leads 2027” are in: elected Ana Candidate, Ben Candidate"));
        assertThat(fixtures.anonymous().get(activity).text()).doesNotContain("Co-leads 2027");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> fixtures.signedIn(ana).get("/notifications").text().contains("elected Ana Candidate"));
        String counted = secretariat.api("GET", path, null).body();
        assertThat(counted)
                .contains("\"state\":\"COUNTED\"")
                .contains("\"seat\":1,\"winnerId\":" + ana.id())
                .contains("\"seat\":2,\"winnerId\":" + ben.id());
        assertThat(db.sql("select count(*)::int from leadership.terms where election_id = ?")
                        .param(election)
                        .query(Integer.class)
                        .single())
                .as("not before the day")
                .isZero();

        clock.advance(Duration.ofDays(17));
        beginTerms.beginDue();
        beginTerms.beginDue();
        assertThat(db.sql(
                                "select string_agg(account_id || ' ' || starts_on || ' ' || ends_on, ', ' order by account_id)"
                                        + " from leadership.terms where election_id = ?")
                        .param(election)
                        .query(String.class)
                        .single())
                .isEqualTo(ana.id() + " " + termStart + " "
                        + termStart.plusYears(2).minusDays(1) + ", " + ben.id() + " " + termStart + " "
                        + termStart.plusYears(2).minusDays(1));
        assertThat(secretariat.get(page).text()).contains("term began on " + termStart);
        assertThat(fixtures.anonymous().get("/c/" + community.slug()).text())
                .contains("Ana Candidate")
                .contains("Ben Candidate");
    }

    private long nomination(long election, Account nominee) {
        return db.sql("select id from leadership.nominations where election_id = ? and nominee_id = ?")
                .params(election, nominee.id())
                .query(Long.class)
                .single();
    }

    private int turnout(long election) {
        return db.sql("select count(*)::int from leadership.ballots where election_id = ?")
                .param(election)
                .query(Integer.class)
                .single();
    }
}
