package org.statcommons.workstreams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.statcommons.support.Visitor.fields;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.statcommons.access.CommunityRole;
import org.statcommons.community.Community;
import org.statcommons.community.TopicGroups;
import org.statcommons.content.Author;
import org.statcommons.content.PageEdit;
import org.statcommons.content.Pages;
import org.statcommons.content.SavePage;
import org.statcommons.identity.Account;
import org.statcommons.support.Fixtures;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.TestClock;
import org.statcommons.support.Visitor;
import org.statcommons.support.Visitor.Page;

/**
 * A member proposes a workstream with its terms of reference; missing sections are refused; the Steering Committee
 * approves it by a consent decision (or declines it), and the approved workstream gets its topic group, its folder and
 * its reporting schedule: reminders, overdue reports shown to the secretariat, reports recorded by the lead.
 */
@StatCommonsIntegrationTest
class WorkstreamIntegrationTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient db;

    @Autowired
    Workstreams workstreams;

    @Autowired
    Pages pages;

    @Autowired
    SavePage savePage;

    @Autowired
    TopicGroups topicGroups;

    @Autowired
    RemindLeads remindLeads;

    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** A community with a Steering Committee of two members, a lead-to-be and the secretariat. */
    record Setting(
            Community community,
            Account secretariat,
            Account lead,
            Account first,
            Account second,
            Account member,
            long committee) {}

    Setting setting(String name) {
        Account secretariat =
                fixtures.account("Secretariat of " + name, org.statcommons.access.PlatformRole.SECRETARIAT);
        Community community = fixtures.community(name, org.statcommons.access.JoinPolicy.BY_REQUEST, secretariat);
        Account lead = fixtures.member(community, "Lead of " + name, CommunityRole.MEMBER);
        Account first = fixtures.member(community, "Committee one " + name, CommunityRole.MEMBER);
        Account second = fixtures.member(community, "Committee two " + name, CommunityRole.MEMBER);
        Account member = fixtures.member(community, "Member of " + name, CommunityRole.MEMBER);
        // the committee's seats are put in place directly: bodies are tested in their own feature
        long committee = db.sql("""
                        insert into bodies.bodies (community_id, name, description, created_by, created_at)
                        values (?, 'Steering Committee', '', ?, now()) returning id""")
                .params(community.id(), secretariat.id())
                .query(Long.class)
                .single();
        db.sql("""
                        insert into bodies.seats (body_id, organisation_id, representative_id, alternate_id, updated_by, updated_at)
                        values (?, 1, ?, ?, ?, now())""").params(committee, first.id(), second.id(), secretariat.id()).update();
        return new Setting(community, secretariat, lead, first, second, member, committee);
    }

    private static long idAtEnd(String address) {
        return Long.parseLong(address.replaceAll(".*/(\\d+)$", "$1"));
    }

    long propose(Setting s, String title) {
        Visitor lead = fixtures.signedIn(s.lead());
        String list = "/c/" + s.community().slug() + "/workstreams";
        Page proposed = lead.submitNoFollow(
                list + "/new",
                list,
                fields(
                        "title",
                        title,
                        "objectives",
                        "Compare census methods",
                        "durationMonths",
                        "12",
                        "reportEveryMonths",
                        "3"));
        assertThat(proposed.status()).isEqualTo(302);
        return idAtEnd(proposed.location());
    }

    long submit(Setting s, long id) {
        Visitor lead = fixtures.signedIn(s.lead());
        String page = "/c/" + s.community().slug() + "/workstreams/" + id;
        Page submitted =
                lead.submit(page, page + "/submit", fields("body", s.committee(), "kind", "CONSENT", "days", "7"));
        assertThat(submitted.text()).contains("The workstream is submitted");
        return workstreams.byId(id).orElseThrow().decisionId();
    }

    void decide(Setting s, long decision, String firstChoice) {
        String api = "/api/v1/communities/" + s.community().slug() + "/decisions/" + decision;
        Visitor first = fixtures.bearer(fixtures.token(s.first()));
        assertThat(first.api("PUT", api + "/vote", "{\"choice\":\"" + firstChoice + "\",\"reason\":\"Scope too wide\"}")
                        .status())
                .isEqualTo(200);
        Visitor secretariat = fixtures.bearer(fixtures.token(s.secretariat()));
        assertThat(secretariat.api("POST", api + "/close", "{}").status()).isEqualTo(200);
    }

    @Test
    void aMemberProposesAWorkstreamAndTheCommitteeApprovesItByConsent() {
        Setting s = setting("Workstreams approve");
        String slug = s.community().slug();
        Visitor lead = fixtures.signedIn(s.lead());
        String list = "/c/" + slug + "/workstreams";

        Page refused = lead.submit(
                list + "/new",
                list,
                fields("title", " ", "objectives", "", "durationMonths", "0", "reportEveryMonths", "many"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text())
                .contains("Expected duration, in months: a whole number from 1 to 120.")
                .contains("A progress report every (months): a whole number from 1 to 24.");
        assertThat(workstreams.of(s.community().id())).isEmpty();

        long id = propose(s, "Census methods");
        Workstream proposed = workstreams.byId(id).orElseThrow();
        assertThat(proposed.status()).isEqualTo(WorkstreamStatus.PROPOSED);
        assertThat(proposed.termsPath()).isEqualTo("workstreams/census-methods/terms-of-reference.md");
        String terms = pages.read(s.community().id(), proposed.termsPath()).body();
        assertThat(terms).contains("## Background", "## Scope", "## Reporting", "Compare census methods");

        // the lead drops two required sections: the submission names them and proposes no decision
        savePage.save(
                s.community().id(),
                new PageEdit(
                        proposed.termsPath(),
                        "Terms of reference: Census methods",
                        terms.replace("## Scope", "## Range").replace("## Reporting", ""),
                        pages.read(s.community().id(), proposed.termsPath()).commitId(),
                        ""),
                new Author("Lead", "lead@example.org"));
        String page = list + "/" + id;
        Page missing = lead.submit(page, page + "/submit", fields("body", s.committee(), "kind", "CONSENT"));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.text()).contains("The terms of reference lack these required sections: Scope, Reporting.");
        assertThat(workstreams.byId(id).orElseThrow().decisionId()).isNull();

        savePage.save(
                s.community().id(),
                new PageEdit(
                        proposed.termsPath(),
                        "Terms of reference: Census methods",
                        terms,
                        pages.read(s.community().id(), proposed.termsPath()).commitId(),
                        ""),
                new Author("Lead", "lead@example.org"));
        // someone who does not lead it may not submit it; a lead may not choose a vote
        Visitor other = fixtures.signedIn(s.member());
        assertThat(other.submit(page, page + "/submit", fields("body", s.committee()))
                        .status())
                .isEqualTo(403);
        Page vote = lead.submit(page, page + "/submit", fields("body", s.committee(), "kind", "VOTE"));
        assertThat(vote.status()).isEqualTo(400);
        assertThat(vote.text()).contains("Only the secretariat may put it to a vote");

        long decision = submit(s, id);
        // StatCommons words the decision: each reader reads it in their language, the names and objectives as typed
        String decisionPage = "/c/" + slug + "/decisions/" + decision;
        assertThat(fixtures.signedIn(s.member()).get(decisionPage).text())
                .contains("Approve the workstream “Census methods”", "Objectives: Compare census methods");
        Visitor french = fixtures.signedIn(s.member());
        assertThat(french.get(decisionPage + "?lang=fr").text())
                .contains("Approuver l’axe de travail « Census methods »", "Objectifs : Compare census methods");
        assertThat(french.get("/c/" + slug + "/decisions?lang=fr").text())
                .contains("Approuver l’axe de travail « Census methods »");
        assertThat(fixtures.signedIn(s.member()).get(decisionPage + "?lang=ar").text())
                .contains("اعتماد مسار العمل «Census methods»");
        Page twice = lead.submit(page, page + "/submit", fields("body", s.committee()));
        assertThat(twice.status()).isEqualTo(409);

        // the decision log links what it decides; the lead is not in the committee's electorate
        Page log = fixtures.signedIn(s.member()).get("/c/" + slug + "/decisions");
        assertThat(log.body()).contains("/c/" + slug + "/workstreams/" + id);
        assertThat(fixtures.bearer(fixtures.token(s.lead()))
                        .api(
                                "PUT",
                                "/api/v1/communities/" + slug + "/decisions/" + decision + "/vote",
                                "{\"choice\":\"AGREE\"}")
                        .status())
                .isEqualTo(403);

        decide(s, decision, "AGREE");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> workstreams.byId(id).orElseThrow().status() == WorkstreamStatus.APPROVED);
        // a line of the members' area's stream, and the workstream's lead is told
        String activity = "/c/" + slug + "/activity";
        await().atMost(Duration.ofSeconds(10))
                .until(() -> fixtures.signedIn(s.member())
                        .get(activity)
                        .text()
                        .contains("The workstream “Census methods” is approved"));
        assertThat(fixtures.anonymous().get(activity).text()).doesNotContain("Census methods");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> lead.get("/notifications").text().contains("The workstream “Census methods” is approved"));
        String closedLog =
                fixtures.signedIn(s.member()).get("/c/" + slug + "/decisions").body();
        assertThat(closedLog.substring(closedLog.indexOf("id=\"log\"")))
                .contains("href=\"/c/" + slug + "/workstreams/" + id + "\"");
        Workstream approved = workstreams.byId(id).orElseThrow();
        assertThat(approved.approvedOn()).isEqualTo(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
        TopicGroups.TopicGroup group =
                topicGroups.byId(s.community(), approved.topicGroupId()).orElseThrow();
        assertThat(group.slug()).isEqualTo("ws-census-methods");
        assertThat(group.members()).isEqualTo(1);
        Page shown = lead.get(page);
        assertThat(shown.text())
                .contains("Approved", "Its topic group", "workstreams/census-methods/", "Start the work")
                .contains(approved.schedule().due(1).toString());
        assertThat(lead.submit(page, page + "/start", fields()).text()).contains("The work has started.");
        assertThat(workstreams.byId(id).orElseThrow().status()).isEqualTo(WorkstreamStatus.ACTIVE);
    }

    @Test
    void aWorkstreamTheCommitteeBlocksIsDeclined() {
        Setting s = setting("Workstreams decline");
        long id = propose(s, "Too wide");
        long decision = submit(s, id);
        decide(s, decision, "BLOCK");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> workstreams.byId(id).orElseThrow().status() == WorkstreamStatus.DECLINED);
        assertThat(workstreams.byId(id).orElseThrow().topicGroupId()).isNull();
        String page = "/c/" + s.community().slug() + "/workstreams/" + id;
        Visitor lead = fixtures.signedIn(s.lead());
        assertThat(lead.get(page).text()).contains("Declined");
        assertThat(lead.submit(page, page + "/start", fields()).status()).isEqualTo(409);
    }

    @Test
    void reportsFallDueTheLeadIsRemindedAndTheSecretariatSeesThoseOverdue() {
        Setting s = setting("Workstreams reports");
        long id = propose(s, "Reporting");
        decide(s, submit(s, id), "AGREE");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> workstreams.byId(id).orElseThrow().status() == WorkstreamStatus.APPROVED);
        LocalDate due = workstreams.byId(id).orElseThrow().schedule().due(1);
        String slug = s.community().slug();
        String list = "/c/" + slug + "/workstreams";
        String page = list + "/" + id;

        remindLeads.remindDue();
        assertThat(reminders(id)).as("not yet: due in three months").isZero();
        clock.advance(Duration.ofDays(due.toEpochDay()
                - LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).toEpochDay()
                - 3));
        remindLeads.remindDue();
        remindLeads.remindDue();
        assertThat(reminders(id)).as("reminded once").isEqualTo(1);
        Visitor leadApi = fixtures.bearer(fixtures.token(s.lead()));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> leadApi.api("GET", "/api/v1/notifications", null)
                        .body()
                        .contains("A progress report of “Reporting” is due on"));
        assertThat(fixtures.bearer(fixtures.token(s.member()))
                        .api("GET", "/api/v1/notifications", null)
                        .body())
                .doesNotContain("A progress report of “Reporting”");

        clock.advance(Duration.ofDays(5));
        Visitor secretariat = fixtures.signedIn(s.secretariat());
        assertThat(secretariat.get(list).text()).contains("1 overdue: " + due);
        assertThat(fixtures.signedIn(s.member()).get(list).text()).doesNotContain("overdue:");
        Visitor lead = fixtures.signedIn(s.lead());
        assertThat(lead.get(page).text()).contains("Overdue");

        Page wrongDate = lead.submit(page, page + "/reports", fields("dueOn", "2020-01-01", "summary", "Done"));
        assertThat(wrongDate.status()).isEqualTo(400);
        assertThat(wrongDate.text()).contains("No report is due on 2020-01-01");
        Page outside = lead.submit(page, page + "/reports", fields("dueOn", due.toString(), "page", "guide"));
        assertThat(outside.status()).isEqualTo(400);
        assertThat(outside.text())
                .contains("The report’s page must be in the workstream’s folder, workstreams/reporting/.");
        Page reported =
                lead.submit(page, page + "/reports", fields("dueOn", due.toString(), "summary", "Two workshops held"));
        assertThat(reported.text()).contains("The report is recorded.", "Two workshops held");
        assertThat(secretariat.get(list).text()).doesNotContain("overdue: " + due);
        assertThat(fixtures.signedIn(s.member())
                        .submit(page, page + "/reports", fields("dueOn", due.toString(), "summary", "x"))
                        .status())
                .isEqualTo(403);

        // the secretariat closes it with the lead; a closed workstream takes no more reports
        assertThat(secretariat.submit(page, page + "/close", fields()).text()).contains("The workstream is closed.");
        assertThat(lead.submit(page, page + "/reports", fields("dueOn", due.toString(), "summary", "late"))
                        .status())
                .isEqualTo(409);
    }

    @Test
    void resourcePersonsAreGuestsAndMembersAreMembers() {
        Setting s = setting("Workstreams people");
        // a folder members already use is not given to a workstream
        savePage.save(
                s.community().id(),
                new PageEdit("workstreams/people/notes.md", "Notes", "Ours", null, ""),
                new Author("Member", "member@example.org"));
        long id = propose(s, "People");
        assertThat(workstreams.byId(id).orElseThrow().termsPath())
                .isEqualTo("workstreams/people-2/terms-of-reference.md");
        Account guest = fixtures.account("Outside expert");
        fixtures.joinAsGuest(s.community(), guest, 30);
        Visitor lead = fixtures.signedIn(s.lead());
        String page = "/c/" + s.community().slug() + "/workstreams/" + id;
        Page memberAsResource =
                lead.submit(page, page + "/people", fields("person", s.member().email(), "part", "RESOURCE"));
        assertThat(memberAsResource.status()).isEqualTo(400);
        assertThat(memberAsResource.text()).contains("invite them to the community as a guest first");
        Page guestAsMember = lead.submit(page, page + "/people", fields("person", guest.email(), "part", "MEMBER"));
        assertThat(guestAsMember.status()).isEqualTo(400);
        assertThat(lead.submit(page, page + "/people", fields("person", guest.email(), "part", "RESOURCE"))
                        .text())
                .contains("Outside expert", "Resource person");
        assertThat(lead.submit(
                                page,
                                page + "/people",
                                fields("person", s.member().email(), "part", "MEMBER"))
                        .text())
                .contains("Member of Workstreams people");
        Page lastLead = lead.submit(page, page + "/people/" + s.lead().id() + "/remove", fields());
        assertThat(lastLead.status()).isEqualTo(409);
        assertThat(List.copyOf(workstreams.byId(id).stream().toList())).hasSize(1);
    }

    @Test
    void theApiProposesListsShowsAndSubmitsWorkstreams() {
        Setting s = setting("Workstreams API");
        String api = "/api/v1/communities/" + s.community().slug() + "/workstreams";
        Visitor lead = fixtures.bearer(fixtures.token(s.lead()));
        Page refused = lead.api(
                "POST",
                api,
                "{\"title\":\"\",\"objectives\":\"x\",\"durationMonths\":\"0\",\"reportEveryMonths\":\"3\"}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(refused.body()).contains("durationMonths", "title");
        Page created = lead.api(
                "POST",
                api,
                "{\"title\":\"Data sharing\",\"objectives\":\"Share\",\"durationMonths\":\"6\",\"reportEveryMonths\":\"2\"}");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body())
                .contains("\"status\":\"PROPOSED\"", "workstreams/data-sharing/terms-of-reference.md");
        long id = workstreams.of(s.community().id()).get(0).id();
        assertThat(fixtures.bearer(fixtures.token(s.member()))
                        .api("GET", api, null)
                        .body())
                .contains("Data sharing");
        assertThat(lead.api("GET", api + "/" + id, null).body()).contains("\"part\":\"LEAD\"");
        assertThat(fixtures.bearer(fixtures.token(s.member()))
                        .api("POST", api + "/" + id + "/submission", "{\"body\":\"" + s.committee() + "\"}")
                        .status())
                .isEqualTo(403);
        Page submitted =
                lead.api("POST", api + "/" + id + "/submission", "{\"body\":\"" + s.committee() + "\",\"days\":\"5\"}");
        assertThat(submitted.status()).isEqualTo(200);
        assertThat(submitted.body()).contains("decisionId");
        assertThat(lead.api("GET", api + "/999999999", null).status()).isEqualTo(404);
    }

    private long reminders(long id) {
        return db.sql("select count(*) from workstreams.reminders where workstream_id = ?")
                .param(id)
                .query(Long.class)
                .single();
    }
}
