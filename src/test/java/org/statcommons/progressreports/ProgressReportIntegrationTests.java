package org.statcommons.progressreports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.statcommons.support.Visitor.fields;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.statcommons.access.CommunityRole;
import org.statcommons.access.PlatformRole;
import org.statcommons.community.Community;
import org.statcommons.content.Pages;
import org.statcommons.identity.Account;
import org.statcommons.platform.activity.Activity;
import org.statcommons.platform.activity.ActivityKind;
import org.statcommons.platform.activity.Audience;
import org.statcommons.platform.activity.Subject;
import org.statcommons.platform.activity.Visibility;
import org.statcommons.support.Fixtures;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.TestClock;
import org.statcommons.support.Visitor;
import org.statcommons.support.Visitor.Page;

/**
 * The annual progress report as a secretariat generates it: a community with members of two organisation kinds and
 * two countries (one of whom left), a meeting held, a workstream with a report overdue and a workplan, an output
 * endorsed and submitted, a decision closed, a newsletter sent and activity (one item hidden); the page written into the space with each section's figures; generating again proposes instead of
 * overwriting; the refusals that write nothing.
 */
@StatCommonsIntegrationTest
class ProgressReportIntegrationTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient db;

    @Autowired
    Pages pages;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    ApplicationEventPublisher events;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /** The community of the story and its secretariat (its founder). */
    private record Story(Community community, Account office) {}

    private Story story() {
        Account office = fixtures.account("Office", "FJ", "INTERNATIONAL", PlatformRole.SECRETARIAT);
        Community community =
                fixtures.community("Citizen Data Report", org.statcommons.access.JoinPolicy.BY_REQUEST, office);
        fixtures.member(community, "Ana", CommunityRole.MEMBER); // Fiji, national statistical office
        for (String name : new String[] {"Ben", "Cleo"}) {
            Account samoan = fixtures.account(name, "WS", "CIVIL_SOCIETY", PlatformRole.NONE);
            fixtures.join(community, samoan, CommunityRole.MEMBER);
        }
        // Dan was a member before the log knew of him (put in place directly), and leaves in the period
        Account dan = fixtures.member(community, "Dan", CommunityRole.MEMBER);
        Page left = fixtures.bearer(fixtures.token(dan))
                .api("DELETE", "/api/v1/communities/" + community.slug() + "/memberships/me", null);
        assertThat(left.status()).as(left.body()).isIn(200, 204);

        long held = db.sql("""
                        insert into meetings.meetings (community_id, title, kind, duration_minutes, organiser_id, time_zone,
                            status, starts_at)
                        values (?, 'Census | round *one*', 'FORMAL', 60, ?, 'Pacific/Fiji', 'SCHEDULED', now() - interval '2 days')
                        returning id""")
                .params(community.id(), office.id())
                .query(Long.class)
                .single();
        // three invited, two of them present: an attendance rate of 67 %
        db.sql("""
                        insert into meetings.invitees (meeting_id, account_id, token_hash)
                        select ?, n, decode(md5(random()::text || n), 'hex') from generate_series(1, 3) n""").param(held).update();
        db.sql("""
                        insert into meetings.attendance (meeting_id, occurrence_start, account_id, recorded_by)
                        select id, starts_at, n, 1 from meetings.meetings, generate_series(1, 2) n where id = ?""").param(held).update();
        // member organisations: one of long before the period, two joining in it
        String tag = community.slug();
        db.sql("""
                        insert into organisations.organisations (name, kind, country, normalised_name, created_by,
                            created_at, updated_at)
                        values (? || ' NSO', 'NATIONAL_STATISTICAL_OFFICE', 'FJ', ? || ' nso', 1, now(), now()),
                               (? || ' Data', 'CIVIL_SOCIETY', 'WS', ? || ' data', 1, now(), now()),
                               (? || ' Stats', 'NATIONAL_STATISTICAL_OFFICE', 'WS', ? || ' stats', 1, now(), now())""").params(tag, tag, tag, tag, tag, tag).update();
        db.sql("""
                        insert into organisations.member_organisations (community_id, organisation_id, added_by, added_at)
                        select ?, id, 1, case when name like '% NSO' then now() - interval '400 days'
                                              else now() - interval '1 day' end
                        from organisations.organisations where normalised_name like ? || ' %'""").params(community.id(), tag).update();
        // a poll and a meeting ahead are not meetings held
        db.sql("""
                        insert into meetings.meetings (community_id, title, kind, duration_minutes, organiser_id, time_zone,
                            status, starts_at)
                        values (?, 'Still a poll', 'REGULAR', 60, ?, 'Pacific/Fiji', 'POLLING', null),
                               (?, 'Next month', 'REGULAR', 60, ?, 'Pacific/Fiji', 'SCHEDULED', now() + interval '30 days')""")
                .params(community.id(), office.id(), community.id(), office.id())
                .update();
        db.sql("""
                        insert into decisions.decisions (community_id, title, kind, visibility, tally_shown, deadline,
                            proposer_name, eligible_count, created_at, closed_at, closed_by_name, outcome, count_seed)
                        values (?, 'Adopt the workplan', 'CONSENT', 'MEMBERS', 'AFTER_VOTING', now() - interval '1 day',
                            'Office', 4, now() - interval '8 days', now() - interval '1 day', 'Office', 'ADOPTED', 1)""").param(community.id()).update();
        db.sql("""
                        insert into newsletters.newsletters (community_id, subject, body, status, written_by, updated_by,
                            sent_at, sent_by, sent_by_name, recipients)
                        values (?, 'December news', 'News', 'SENT', ?, ?, now() - interval '3 days', ?, 'Office', 4)""")
                .params(community.id(), office.id(), office.id(), office.id())
                .update();
        // a workstream at work since 45 days, reporting monthly: its one report due in the period is not submitted
        long workstream = db.sql("""
                        insert into workstreams.workstreams (community_id, slug, title, duration_months, report_every_months,
                            status, terms_path, proposed_by, proposed_at, approved_on)
                        values (?, 'census', 'Census | methods', 12, 1, 'ACTIVE', 'workstreams/census/terms.md', ?,
                            now() - interval '60 days', current_date - 45) returning id""".replace("current_date", "date '" + today() + "'"))
                .params(community.id(), office.id())
                .query(Long.class)
                .single();
        db.sql(
                        "insert into workstreams.people (workstream_id, account_id, part, added_at) values (?, ?, 'LEAD', now())")
                .params(workstream, office.id())
                .update();
        // one that closed before the period is not in it
        db.sql("""
                        insert into workstreams.workstreams (community_id, slug, title, duration_months, report_every_months,
                            status, terms_path, proposed_by, proposed_at, approved_on, closed_at)
                        values (?, 'old', 'Long closed', 12, 1, 'CLOSED', 'workstreams/old/terms.md', ?,
                            now() - interval '400 days', current_date - 390, now() - interval '100 days')""".replace("current_date", "date '" + today() + "'"))
                .params(community.id(), office.id())
                .update();
        long workplan = db.sql("""
                        insert into workstreams.workplans (community_id, title, kind, starts_on, ends_on, status, created_by,
                            created_at)
                        values (?, 'Plan 2027', 'ANNUAL', current_date - 100, current_date + 200, 'APPROVED', ?, now())
                        returning id""".replace("current_date", "date '" + today() + "'"))
                .params(community.id(), office.id())
                .query(Long.class)
                .single();
        db.sql("""
                        insert into workstreams.workplan_items (workplan_id, activity, starts_on, due_on, status)
                        values (?, 'Done', current_date - 90, current_date - 10, 'DONE'),
                               (?, 'Late', current_date - 90, current_date - 5, 'IN_PROGRESS'),
                               (?, 'Dropped', current_date - 90, current_date - 5, 'DROPPED'),
                               (?, 'Ahead', current_date - 90, current_date + 50, 'PLANNED')""".replace("current_date", "date '" + today() + "'"))
                .params(workplan, workplan, workplan, workplan)
                .update();
        // an output declared, reviewed, endorsed and submitted in the period
        long output = db.sql("""
                        insert into outputs.outputs (community_id, title, path, body_id, body_name, stage, endorsed_at,
                            submitted_for, submitted_on, document_symbol, created_by, created_at)
                        values (?, 'Guidelines on citizen data', 'outputs/guidelines.md', 1, 'Steering Committee',
                            'SUBMITTED', now() - interval '5 days', 'APPROVAL', ?, 'E/CN.3/2027/9', ?,
                            now() - interval '10 days') returning id""")
                .params(community.id(), today().minusDays(2), office.id())
                .query(Long.class)
                .single();
        db.sql(
                        "insert into outputs.stages (output_id, stage, by_name, at) values (?, 'REVIEW', 'Office', now() - interval '8 days')")
                .param(output)
                .update();
        // four discussions started, through the stream's own recorder (which keeps the daily counts); one is hidden
        for (int i = 1; i <= 4; i++) {
            Subject discussion = Subject.of("discussion", 1_000_000L + i);
            Activity started = Activity.of(
                            ActivityKind.DISCUSSION_STARTED,
                            community.id(),
                            Instant.now().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.MICROS))
                    .by(office.id(), "Office")
                    .title("A discussion " + i)
                    .link("/c/" + community.slug() + "/discussions")
                    .visibleTo(Visibility.MEMBERS)
                    .about(discussion)
                    .item(discussion)
                    .tell(Audience.nobody())
                    .build();
            transaction.executeWithoutResult(status -> events.publishEvent(started));
        }
        await().atMost(Duration.ofSeconds(30))
                .until(() -> db.sql(
                                        "select count(*) from activity.lines where community_id = ? and kind = 'DISCUSSION_STARTED'")
                                .param(community.id())
                                .query(Integer.class)
                                .single()
                        == 4);
        db.sql("insert into activity.hidden_items (community_id, item) values (?, 'discussion:1000004')")
                .param(community.id())
                .update();
        return new Story(community, office);
    }

    @Test
    void theSecretariatGeneratesTheReportAsADraftPageWithEverySection() {
        Story story = story();
        Community community = story.community();
        Visitor office = fixtures.signedIn(story.office());
        String reports = "/c/" + community.slug() + "/progress-reports";
        Page form = office.get(reports);
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("name=\"first\"", "name=\"language\"", "Generate the report");
        assertThat(form.body().length()).isLessThan(30_000);

        LocalDate first = today().minusDays(20);
        LocalDate last = today();
        Page generated = office.submit(
                reports, reports, fields("first", first.toString(), "last", last.toString(), "language", "en"));
        assertThat(generated.status()).isEqualTo(200);
        String path = "reports/progress-" + first + "-to-" + last + ".md";
        assertThat(generated.body()).contains(path, "Open the draft page");

        Pages.PageContent page = pages.read(community.id(), path);
        String body = page.body();
        // generating again with nothing new (before anyone reads the page: a view is news) writes nothing
        Visitor script = fixtures.bearer(fixtures.token(story.office()));
        String generate = "{\"first\":\"" + first + "\",\"last\":\"" + last + "\",\"language\":\"en\"}";
        Page same = script.api("POST", "/api/v1/communities/" + community.slug() + "/progress-reports", generate);
        assertThat(same.status()).as(same.body()).isEqualTo(201);
        assertThat(same.body()).contains("\"proposed\":false", "\"unchanged\":true");
        assertThat(pages.read(community.id(), path).commitId()).isEqualTo(page.commitId());

        assertThat(page.title()).startsWith("Progress report, ");
        assertThat(body)
                .contains("## Membership")
                .contains(
                        "Members at the start of the period: 1; at its end: 4 (+3). 4 people joined and 1 person left.")
                .contains("| National statistical office | 1 | 1 | 1 |")
                .contains("| Civil-society organisation | 0 | 2 | 2 |")
                .contains("| International or regional organisation | 0 | 1 | 1 |")
                .contains("| Fiji | 1 | 2 | 2 |")
                .contains("| Samoa | 0 | 2 | 2 |");
        assertThat(body)
                .contains("## Meetings held", "1 meeting was held in the period.")
                // a typed title cannot break the table or turn into emphasis
                .contains("Census \\| round \\*one\\*")
                .doesNotContain("Still a poll", "Next month")
                .contains("Attendance was recorded for 1 meeting: 2 of 3 invitations attended, an attendance rate of"
                        + " 67%.");
        assertThat(body)
                .contains("## Member organisations")
                .contains("3 organisations were members of the community at the end of the period; 2 joined in it.")
                .contains("| National statistical office | 2 | 1 |", "| Civil-society organisation | 1 | 1 |")
                .contains("| Samoa | 2 | 2 |", "| Fiji | 1 | 0 |");
        assertThat(body.indexOf("## Membership")).isLessThan(body.indexOf("## Member organisations"));
        assertThat(body.indexOf("## Member organisations")).isLessThan(body.indexOf("## Meetings held"));
        LocalDate due = today().minusDays(45).plusMonths(1);
        assertThat(body)
                .contains("## Workstreams and workplans", "1 workstream was at work in the period.")
                .contains("Census \\| methods", "| Active | Office | 0 of 1 | " + due + " |")
                .doesNotContain("Long closed")
                .contains("### Workplans", "Plan 2027", "| Annual | 1 | 1 | 1 | 1 |");
        assertThat(body)
                .contains("## Outputs", "1 output was declared or moved on in the period.")
                .contains("Guidelines on citizen data", "| " + today().minusDays(2) + " (E/CN.3/2027/9) |");
        assertThat(body.indexOf("## Meetings held")).isLessThan(body.indexOf("## Workstreams and workplans"));
        assertThat(body.indexOf("## Workstreams and workplans")).isLessThan(body.indexOf("## Outputs"));
        assertThat(body.indexOf("## Outputs")).isLessThan(body.indexOf("## Decisions"));
        assertThat(body)
                .contains("## Decisions", "1 decision closed in the period; 1 was adopted.")
                .contains("Adopt the workplan", "| Consent | Adopted |", "0 of 4");
        assertThat(body)
                .contains("## Newsletters sent", "1 newsletter was sent in the period, to 4 recipients in all.");
        assertThat(body).contains("## Pages and proposals", "| Pages in the space now |");
        assertThat(body)
                .contains("## Activity")
                // the hidden discussion's line is left out, as everywhere
                .contains("| New discussions | 3 |");
        assertThat(body.indexOf("## Membership")).isLessThan(body.indexOf("## Meetings held"));
        assertThat(body.indexOf("## Newsletters sent")).isLessThan(body.indexOf("## Activity"));

        // the page is the secretariat's commit, and a page like any other
        assertThat(db.sql("select author_name from content.commits where community_id = ? and id = ?")
                        .params(community.id(), page.commitId())
                        .query(String.class)
                        .single())
                .isEqualTo(story.office().displayName());
        assertThat(office.get("/c/" + community.slug() + "/space/" + path.replace(".md", ""))
                        .status())
                .isEqualTo(200);
        assertThat(office.get(reports).body()).contains(page.title());

        // a newsletter sent since: generating again proposes the new figures, the page is not overwritten
        db.sql("""
                        insert into newsletters.newsletters (community_id, subject, body, status, written_by, updated_by,
                            sent_at, sent_by, sent_by_name, recipients)
                        values (?, 'Late news', 'News', 'SENT', ?, ?, now() - interval '1 hour', ?, 'Office', 4)""")
                .params(
                        community.id(),
                        story.office().id(),
                        story.office().id(),
                        story.office().id())
                .update();
        Page again = script.api(
                "POST",
                "/api/v1/communities/" + community.slug() + "/progress-reports",
                "{\"first\":\"" + first + "\",\"last\":\"" + last + "\",\"language\":\"en\"}");
        assertThat(again.status()).as(again.body()).isEqualTo(201);
        assertThat(again.body()).contains("\"proposed\":true", "\"path\":\"" + path + "\"");
        assertThat(again.location()).matches(".*/c/" + community.slug() + "/proposals/\\d+");
        assertThat(pages.read(community.id(), path).commitId()).isEqualTo(page.commitId());
        assertThat(office.get(again.location().replaceFirst("^https?://[^/]+", ""))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void aCalendarYearInFrenchIsWrittenInFrenchAtTheYearsPath() {
        Story story = story();
        Visitor script = fixtures.bearer(fixtures.token(story.office()));
        int year = today().getYear() - 1;
        Page generated = script.api(
                "POST",
                "/api/v1/communities/" + story.community().slug() + "/progress-reports",
                "{\"first\":\"" + year + "-01-01\",\"last\":\"" + year + "-12-31\",\"language\":\"fr\"}");
        assertThat(generated.status()).as(generated.body()).isEqualTo(201);
        assertThat(generated.body()).contains("\"proposed\":false", "reports/progress-" + year + ".md");
        Pages.PageContent page = pages.read(story.community().id(), "reports/progress-" + year + ".md");
        assertThat(page.title()).isEqualTo("Rapport d’activité " + year);
        assertThat(page.fields()).containsEntry("lang", "fr");
        // nothing happened that year: the figures say so, in French
        assertThat(page.body())
                .contains("## Adhésions", "## Réunions tenues", "Aucune réunion n’a été tenue pendant la période.")
                .contains("Aucune décision n’a été close pendant la période.");
    }

    @Test
    void refusalsNameTheFieldAndWriteNothing() {
        Story story = story();
        Community community = story.community();
        String api = "/api/v1/communities/" + community.slug() + "/progress-reports";
        Visitor script = fixtures.bearer(fixtures.token(story.office()));
        LocalDate today = today();

        Page future = script.api(
                "POST", api, "{\"first\":\"" + today.minusDays(3) + "\",\"last\":\"" + today.plusDays(1) + "\"}");
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.header("Content-Type")).contains("application/problem+json");
        assertThat(future.body()).contains("\"last\"", "A report covers days that have passed");

        Page backwards = script.api("POST", api, "{\"first\":\"2025-03-01\",\"last\":\"2025-02-01\"}");
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.body())
                .contains("\"last\"", "The last day cannot come before the first day (2025-03-01).");

        Page nonsense = script.api("POST", api, "{\"first\":\"yesterday\",\"language\":\"xx\"}");
        assertThat(nonsense.status()).isEqualTo(400);
        assertThat(nonsense.body())
                .contains("\"first\"", "\"last\"", "\"language\"")
                .contains("First day: “yesterday” is not a day", "Last day: give a day");

        Page tooLong = script.api("POST", api, "{\"first\":\"2000-01-01\",\"last\":\"2025-12-31\"}");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.body()).contains("\"first\"", "at most 10 years");

        // a member who is not the secretariat is refused, on the screen and in the API
        Account member = fixtures.member(community, "Plain", CommunityRole.MEMBER);
        assertThat(fixtures.signedIn(member)
                        .get("/c/" + community.slug() + "/progress-reports")
                        .status())
                .isEqualTo(403);
        Page refused = fixtures.bearer(fixtures.token(member))
                .api("POST", api, "{\"first\":\"2025-01-01\",\"last\":\"2025-12-31\"}");
        assertThat(refused.status()).isEqualTo(403);

        assertThat(pages.list(community.id()).stream().filter(p -> p.path().startsWith("reports/")))
                .isEmpty();
    }
}
