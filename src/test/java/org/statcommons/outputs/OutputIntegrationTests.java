package org.statcommons.outputs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.statcommons.support.Visitor.fields;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.statcommons.access.CommunityRole;
import org.statcommons.access.JoinPolicy;
import org.statcommons.access.PlatformRole;
import org.statcommons.community.Community;
import org.statcommons.content.Pages;
import org.statcommons.identity.Account;
import org.statcommons.support.Fixtures;
import org.statcommons.support.Mailbox;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.TestClock;
import org.statcommons.support.TestSmtp;
import org.statcommons.support.Visitor;
import org.statcommons.support.Visitor.Page;

/**
 * A page of the space becomes an output: declared, reviewed by the members (every one of them told), approved by the
 * Steering Committee's vote, endorsed in the exact version voted on, shown so on the published page to anonymous
 * readers (and as changed after an edit), then submitted to the Statistical Commission. The refusals on the way.
 */
@StatCommonsIntegrationTest
class OutputIntegrationTests {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(TestSmtp.SETUP);

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient db;

    @Autowired
    TestClock clock;

    @Autowired
    Pages pages;

    @AfterEach
    void backToRealTime() {
        clock.reset();
    }

    private record Committee(Community community, Account keeper, Visitor secretariat, Account first, Account second) {}

    private static long idAtEnd(String address) {
        return Long.parseLong(address.replaceAll(".*/(\\d+)$", "$1"));
    }

    /** A community with a Steering Committee of two seats, set up through the screens, as its secretariat would. */
    private Committee committee(String name) {
        String suffix = Long.toString(System.nanoTime(), 36);
        Account keeper = fixtures.account("Output keeper " + suffix, PlatformRole.SECRETARIAT);
        Visitor secretariat = fixtures.signedIn(keeper);
        Community community = fixtures.community(name, JoinPolicy.BY_REQUEST, keeper);
        String members = "/c/" + community.slug() + "/organisations";
        Account first = fixtures.member(community, "Seat one " + suffix, CommunityRole.MEMBER);
        Account second = fixtures.member(community, "Seat two " + suffix, CommunityRole.MEMBER);
        String list = "/c/" + community.slug() + "/bodies";
        Page body = secretariat.submit(list, list, fields("name", "Steering Committee"));
        int seat = 0;
        for (Account holder : new Account[] {first, second}) {
            Page created = secretariat.submitNoFollow(
                    "/organisations/new",
                    "/organisations",
                    fields(
                            "name",
                            "Office " + seat++ + " " + suffix,
                            "kind",
                            "NATIONAL_STATISTICAL_OFFICE",
                            "country",
                            "WS"));
            long organisation = idAtEnd(created.location());
            secretariat.submit(members, members, fields("organisationId", organisation));
            secretariat.submit(
                    body.path(),
                    body.path() + "/seats",
                    fields("organisationId", organisation, "representative", holder.email(), "alternate", ""));
        }
        return new Committee(community, keeper, secretariat, first, second);
    }

    private static String value(String html, String name) {
        Matcher matcher =
                Pattern.compile("name=\"" + name + "\"[^>]*value=\"([^\"]*)\"").matcher(html);
        assertThat(matcher.find()).as("a field " + name).isTrue();
        return matcher.group(1);
    }

    private static void publish(Visitor facilitator, String space, String page) {
        Page shown = facilitator.get(space + "/" + page);
        assertThat(facilitator
                        .post(
                                space + "/-/publish/" + page,
                                fields("_csrf", shown.csrf(), "version", value(shown.body(), "version")))
                        .status())
                .isEqualTo(200);
    }

    private static void edit(Visitor facilitator, String space, String page, String title, String body) {
        Page form = facilitator.get(space + "/-/edit/" + page);
        Page saved = facilitator.submit(
                form.path(),
                space + "/-/edit/" + page,
                fields("title", title, "body", body, "summary", "", "baseCommit", value(form.body(), "baseCommit")));
        assertThat(saved.status()).isEqualTo(200);
    }

    private String stage(long id) {
        return db.sql("select stage from outputs.outputs where id = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    @Test
    void anOutputIsReviewedApprovedEndorsedInItsExactVersionAndSubmitted() {
        Committee committee = committee("Outputs");
        Community community = committee.community();
        String slug = community.slug();
        Account facilitatorAccount = fixtures.member(community, "Fa Facilitator", CommunityRole.FACILITATOR);
        Visitor facilitator = fixtures.signedIn(facilitatorAccount);
        Account reader = fixtures.member(community, "Rita Reader", CommunityRole.MEMBER);
        db.sql("insert into notifications.people (account_id, default_choice) values (?, 'IMMEDIATE')")
                .param(reader.id())
                .update();
        String space = "/c/" + slug + "/space";
        fixtures.page(
                facilitator, community, "guidelines/census", "Census guidelines", "First line.\n\nSecond line.\n");
        publish(facilitator, space, "guidelines/census");
        Visitor anonymous = fixtures.anonymous();
        String published = "/c/" + slug + "/p/guidelines/census";
        assertThat(anonymous.get(published).text()).contains("Second line.").doesNotContain("Endorsed");

        // declared: a page that does not exist is refused, naming it
        String outputs = "/c/" + slug + "/outputs";
        Page nowhere = facilitator.submit(outputs, outputs, fields("title", "Ghost", "path", "nowhere", "bodyId", ""));
        assertThat(nowhere.status()).isEqualTo(400);
        assertThat(nowhere.text()).contains("The space has no page “nowhere.md”.");
        Page declared = facilitator.submit(
                outputs, outputs, fields("title", "Census guidelines", "path", "guidelines/census", "bodyId", ""));
        assertThat(declared.text()).contains("The page is declared an output.").contains("Stage Draft");
        long id = idAtEnd(declared.path());
        String output = outputs + "/" + id;
        Page twice = facilitator.submit(
                outputs, outputs, fields("title", "Again", "path", "guidelines/census.md", "bodyId", ""));
        assertThat(twice.status()).isEqualTo(400);
        assertThat(twice.text()).contains("The page “guidelines/census.md” is already an output.");

        // nothing is submitted before it is endorsed, nor approved before its review
        Visitor secretariatApi = fixtures.bearer(fixtures.token(committee.keeper()));
        String api = "/api/v1/communities/" + slug + "/outputs/" + id;
        Page early = secretariatApi.api(
                "POST",
                api + "/submission",
                "{\"purpose\":\"APPROVAL\",\"date\":\"2027-03-01\",\"symbol\":\"E/CN.3/2027/12\"}");
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.body()).contains("Only an endorsed output is submitted.");
        assertThat(facilitator
                        .submit(output, output + "/approval", fields("days", "7"))
                        .status())
                .isEqualTo(409);

        // the review: every member is told, by e-mail as they chose
        Page reviewing = facilitator.submit(output, output + "/review", fields("days", "7"));
        assertThat(reviewing.text()).contains("Stage Members' review").contains("Members' review ends");
        Mailbox mailbox = new Mailbox(smtp);
        Mailbox.Mail told = mailbox.await(reader.email(), "for members' review");
        assertThat(told.subject()).contains("Fa Facilitator opened “Census guidelines” for members' review until");
        assertThat(told.body()).contains(space + "/guidelines/census");

        Page tooSoon = facilitator.submit(output, output + "/approval", fields("days", "7"));
        assertThat(tooSoon.status()).isEqualTo(409);
        assertThat(tooSoon.text()).contains("The members' review is open until");
        assertThat(stage(id)).isEqualTo("REVIEW");

        // the review over, the committee is asked about the page as it is now
        clock.advance(Duration.ofDays(8));
        Pages.PageContent asked = pages.read(community.id(), "guidelines/census.md");
        Page asking = facilitator.submit(output, output + "/approval", fields("days", "7"));
        assertThat(asking.text()).contains("Stage Approval by the body").contains("Read the decision");
        long decision = db.sql("select decision_id from outputs.outputs where id = ?")
                .param(id)
                .query(Long.class)
                .single();
        String decisions = "/api/v1/communities/" + slug + "/decisions/" + decision;
        for (Account member : new Account[] {committee.first(), committee.second()}) {
            assertThat(fixtures.bearer(fixtures.token(member))
                            .api("PUT", decisions + "/vote", "{\"choice\":\"YES\"}")
                            .status())
                    .isEqualTo(200);
        }
        assertThat(fixtures.bearer(fixtures.token(reader))
                        .api("PUT", decisions + "/vote", "{\"choice\":\"YES\"}")
                        .status())
                .as("only the committee votes")
                .isEqualTo(403);
        // the published page is kept in memory before the endorsement
        assertThat(anonymous.get(published).text()).doesNotContain("Endorsed");
        assertThat(anonymous.get(published).text()).doesNotContain("Endorsed");
        assertThat(fixtures.bearer(fixtures.token(facilitatorAccount))
                        .api("POST", decisions + "/close", null)
                        .status())
                .isEqualTo(200);
        await().atMost(PATIENCE).until(() -> stage(id).equals("ENDORSED"));

        // endorsed: the exact version voted on, shown to the very next anonymous reader
        Page shown = secretariatApi.api("GET", api, null);
        assertThat(shown.body())
                .contains("\"stage\":\"ENDORSED\"")
                .contains("\"commit\":\"" + asked.commitId() + "\"")
                .contains("\"blob\":\"" + asked.blobId() + "\"");
        Page banner = anonymous.get(published);
        assertThat(banner.text())
                .contains("Endorsed by the Steering Committee on")
                .doesNotContain("changed since endorsement");
        assertThat(facilitator.get(output).text()).contains("Stage Endorsed").contains("Steering Committee");

        // changed and published again: readers are told, and the links lead where they may read
        edit(facilitator, space, "guidelines/census", "Census guidelines", "First line.\n\nSecond line, amended.\n");
        publish(facilitator, space, "guidelines/census");
        Page changed = anonymous.get(published);
        assertThat(changed.text())
                .contains("Endorsed by the Steering Committee on")
                .contains("It has changed since endorsement.")
                .contains("Read the endorsed version")
                .contains("See what changed");
        assertThat(changed.body()).contains("href=\"" + output + "/endorsed\"").contains(output + "/endorsed#changes");
        Page endorsedView = anonymous.get(output + "/endorsed");
        assertThat(endorsedView.status()).isEqualTo(200);
        assertThat(endorsedView.text())
                .contains("What changed since endorsement")
                .contains("Second line.")
                .contains("Second line, amended.");
        assertThat(fixtures.anonymous().getNoFollow(output).location())
                .as("the output's own page is the members'")
                .contains("/sign-in");
        Page members = facilitator.get(output);
        Matcher compare =
                Pattern.compile("href=\"(/c/[^\"]*/-/compare/[^\"]*)\"").matcher(members.body());
        assertThat(compare.find()).isTrue();
        assertThat(facilitator.get(compare.group(1).replace("&amp;", "&")).text())
                .contains("amended");
        Matcher version = Pattern.compile("href=\"(/c/[^\"]*space/guidelines/census\\?version=[^\"]*)\"")
                .matcher(members.body());
        assertThat(version.find()).isTrue();
        assertThat(facilitator.get(version.group(1)).text())
                .contains("Second line.")
                .doesNotContain("amended");

        // submitted: a symbol that is not one is named; the second submission is refused
        Visitor secretariat = committee.secretariat();
        Page badSymbol = secretariat.submit(
                output,
                output + "/submission",
                fields("purpose", "APPROVAL", "date", "2027-03-01", "symbol", "e cn3 12"));
        assertThat(badSymbol.status()).isEqualTo(400);
        assertThat(badSymbol.text()).contains("“e cn3 12” is not a document symbol");
        assertThat(stage(id)).isEqualTo("ENDORSED");
        Page submitted = secretariat.submit(
                output,
                output + "/submission",
                fields("purpose", "APPROVAL", "date", "2027-03-01", "symbol", "E/CN.3/2027/12"));
        assertThat(submitted.text())
                .contains("The submission is recorded.")
                .contains("2027-03-01, E/CN.3/2027/12, for approval");
        assertThat(secretariatApi
                        .api(
                                "POST",
                                api + "/submission",
                                "{\"purpose\":\"INFORMATION\",\"date\":\"2027-03-02\",\"symbol\":\"E/CN.3/2027/13\"}")
                        .status())
                .isEqualTo(409);
        assertThat(anonymous.get(published).text()).contains("Endorsed by the Steering Committee on");
        // both steps are lines of the members' area's stream, not of the public one
        String activity = "/c/" + slug + "/activity";
        await().atMost(PATIENCE)
                .until(() -> facilitator
                        .get(activity)
                        .text()
                        .contains("“Census guidelines” is submitted to the Statistical Commission as E/CN.3/2027/12"));
        assertThat(facilitator.get(activity + "?lang=fr").text())
                .contains("« Census guidelines » est approuvé par Steering Committee");
        assertThat(anonymous.get(activity).text()).doesNotContain("is endorsed by", "Statistical Commission as");
    }

    @Test
    void aDeclinedApprovalSendsTheOutputBackToDraft() {
        Committee committee = committee("Declined outputs");
        Community community = committee.community();
        Account facilitatorAccount = fixtures.member(community, "Fe Facilitator", CommunityRole.FACILITATOR);
        Visitor facilitator = fixtures.signedIn(facilitatorAccount);
        fixtures.page(facilitator, community, "draft-plan", "Draft plan", "A plan.\n");
        Visitor api = fixtures.bearer(fixtures.token(facilitatorAccount));
        String outputs = "/api/v1/communities/" + community.slug() + "/outputs";
        Page missing = api.api("POST", outputs, "{\"title\":\"Ghost\",\"path\":\"ghost\"}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).contains("\"status\":400").contains("The space has no page “ghost.md”.");
        Page declared = api.api("POST", outputs, "{\"title\":\"Plan\",\"path\":\"draft-plan\"}");
        assertThat(declared.status()).isEqualTo(201);
        long id = Long.parseLong(declared.body().replaceAll("^\\{\"id\":(\\d+).*", "$1"));

        // a page deleted after it was declared is not reviewed: the refusal names it
        fixtures.page(facilitator, community, "doomed", "Doomed", "Soon gone.\n");
        Page doomed = api.api("POST", outputs, "{\"title\":\"Doomed\",\"path\":\"doomed.md\"}");
        long doomedId = Long.parseLong(doomed.body().replaceAll("^\\{\"id\":(\\d+).*", "$1"));
        String space = "/c/" + community.slug() + "/space";
        Page form = facilitator.get(space + "/-/delete/doomed");
        String base = form.body().replaceAll("(?s).*name=\"baseCommit\" value=\"([0-9a-f]{40})\".*", "$1");
        assertThat(facilitator
                        .post(
                                space + "/-/delete/doomed",
                                fields("_csrf", form.csrf(), "baseCommit", base, "summary", ""))
                        .status())
                .isEqualTo(200);
        Page gone = api.api("POST", outputs + "/" + doomedId + "/review", "{\"days\":3}");
        assertThat(gone.status()).isEqualTo(409);
        assertThat(gone.body()).contains("The page “doomed.md” is no longer in the space.");
        assertThat(stage(doomedId)).isEqualTo("DRAFT");
        assertThat(api.api("POST", outputs + "/" + id + "/review", "{\"days\":0}")
                        .status())
                .isEqualTo(400);
        assertThat(api.api("POST", outputs + "/" + id + "/review", "{\"days\":1}")
                        .body())
                .contains("\"stage\":\"REVIEW\"");
        clock.advance(Duration.ofDays(2));
        assertThat(api.api("POST", outputs + "/" + id + "/approval", "{\"days\":3}")
                        .body())
                .contains("\"stage\":\"APPROVAL\"");
        long decision = db.sql("select decision_id from outputs.outputs where id = ?")
                .param(id)
                .query(Long.class)
                .single();
        String decisions = "/api/v1/communities/" + community.slug() + "/decisions/" + decision;
        fixtures.bearer(fixtures.token(committee.first())).api("PUT", decisions + "/vote", "{\"choice\":\"NO\"}");
        assertThat(api.api("POST", decisions + "/close", null).status()).isEqualTo(200);
        await().atMost(PATIENCE).until(() -> stage(id).equals("DRAFT"));
        assertThat(api.api("GET", outputs + "/" + id, null).body())
                .contains("\"stage\":\"DRAFT\"")
                .contains("\"endorsement\":null")
                .contains("{\"stage\":\"DRAFT\",\"by\":\"Steering Committee\"");
    }

    private long workstream(Community community, String title, String status, Account lead, Account proposer) {
        long id = db.sql("""
                        insert into workstreams.workstreams (community_id, slug, title, duration_months,
                            report_every_months, status, terms_path, proposed_by, proposed_at)
                        values (?, ?, ?, 12, 6, ?, ?, ?, now()) returning id""")
                .params(
                        community.id(),
                        Fixtures.uniqueSlug("ws"),
                        title,
                        status,
                        "workstreams/x/terms-of-reference.md",
                        proposer.id())
                .query(Long.class)
                .single();
        db.sql(
                        "insert into workstreams.people (workstream_id, account_id, part, added_at) values (?, ?, 'LEAD', now())")
                .params(id, lead.id())
                .update();
        return id;
    }

    @Test
    void aWorkstreamsLeadTakesItsOutputThroughAndNoOtherMemberMay() {
        Committee committee = committee("Outputs of a workstream");
        Community community = committee.community();
        String slug = community.slug();
        Account leadAccount = fixtures.member(community, "Lea Lead", CommunityRole.MEMBER);
        Account otherAccount = fixtures.member(community, "Otto Other", CommunityRole.MEMBER);
        long running = workstream(community, "Data sharing", "ACTIVE", leadAccount, leadAccount);
        long proposed = workstream(community, "Still proposed", "PROPOSED", leadAccount, leadAccount);
        fixtures.page(committee.secretariat(), community, "workstreams/x/guide", "Sharing guide", "Share.\n");
        fixtures.page(committee.secretariat(), community, "workstreams/x/other", "Other guide", "Other.\n");
        Visitor lead = fixtures.signedIn(leadAccount);
        Visitor other = fixtures.signedIn(otherAccount);
        String outputs = "/c/" + slug + "/outputs";

        // the lead is offered their running workstream only, and no "none"
        Page list = lead.get(outputs);
        assertThat(list.body())
                .contains("name=\"workstreamId\"", "Data sharing")
                .doesNotContain("Still proposed");
        assertThat(other.get(outputs).body()).doesNotContain("name=\"workstreamId\"");
        assertThat(lead.get("/c/" + slug + "/workstreams/" + proposed).text())
                .as("no outputs section before the workstream is approved")
                .doesNotContain("Declare an output of this workstream", "No outputs yet.");

        // a member who leads nothing, or an output of no workstream, or a workstream not yet approved: refused
        assertThat(other.submit(
                                outputs,
                                outputs,
                                fields("title", "T", "path", "workstreams/x/guide", "workstreamId", running))
                        .status())
                .isEqualTo(403);
        assertThat(lead.submit(
                                outputs,
                                outputs,
                                fields("title", "T", "path", "workstreams/x/guide", "workstreamId", ""))
                        .status())
                .isEqualTo(403);
        assertThat(lead.submit(
                                outputs,
                                outputs,
                                fields("title", "T", "path", "workstreams/x/guide", "workstreamId", proposed))
                        .status())
                .isEqualTo(403);
        // the secretariat may declare any output, but only of a running workstream of the community: 400 naming it
        Visitor secretariatApi = fixtures.bearer(fixtures.token(committee.keeper()));
        Page notRunning = secretariatApi.api(
                "POST",
                "/api/v1/communities/" + slug + "/outputs",
                "{\"title\":\"T\",\"path\":\"workstreams/x/other\",\"workstreamId\":" + proposed + "}");
        assertThat(notRunning.status()).isEqualTo(400);
        assertThat(notRunning.body()).contains("\"field\":\"workstreamId\"", "approved or active workstream");
        Page elsewhere = secretariatApi.api(
                "POST",
                "/api/v1/communities/" + slug + "/outputs",
                "{\"title\":\"T\",\"path\":\"workstreams/x/other\",\"workstreamId\":999999999}");
        assertThat(elsewhere.status()).isEqualTo(400);
        assertThat(stageCount(community)).isZero();

        // the lead declares the page an output of their workstream, opens its review and asks for approval
        Page declared = lead.submit(
                outputs,
                outputs,
                fields("title", "Sharing guide", "path", "workstreams/x/guide", "bodyId", "", "workstreamId", running));
        assertThat(declared.text())
                .contains("The page is declared an output.")
                .contains("Stage Draft")
                .contains("Workstream Data sharing");
        long id = idAtEnd(declared.path());
        String output = outputs + "/" + id;
        assertThat(db.sql("select workstream_id from outputs.outputs where id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isEqualTo(running);
        assertThat(lead.get("/c/" + slug + "/workstreams/" + running).text())
                .contains("Sharing guide — Draft")
                .contains("Declare an output of this workstream");
        assertThat(other.get("/c/" + slug + "/workstreams/" + running).text())
                .contains("Sharing guide — Draft")
                .doesNotContain("Declare an output of this workstream");

        assertThat(other.get(output).body()).doesNotContain("/review\"");
        assertThat(other.submit(output, output + "/review", fields("days", "1")).status())
                .isEqualTo(403);
        assertThat(lead.submit(output, output + "/review", fields("days", "1")).text())
                .contains("Stage Members");
        assertThat(stage(id)).isEqualTo("REVIEW");
        clock.advance(Duration.ofDays(2));
        assertThat(other.submit(output, output + "/approval", fields("days", "7"))
                        .status())
                .isEqualTo(403);
        Page asked = lead.submit(output, output + "/approval", fields("days", "7"));
        assertThat(asked.status()).isEqualTo(200);
        assertThat(stage(id)).isEqualTo("APPROVAL");
        // what only a facilitator does stays theirs: the lead records no submission
        assertThat(fixtures.bearer(fixtures.token(leadAccount))
                        .api("POST", "/api/v1/communities/" + slug + "/outputs/" + id + "/submission", "{}")
                        .status())
                .isEqualTo(403);
    }

    private long stageCount(Community community) {
        return db.sql("select count(*) from outputs.outputs where community_id = ?")
                .param(community.id())
                .query(Long.class)
                .single();
    }
}
