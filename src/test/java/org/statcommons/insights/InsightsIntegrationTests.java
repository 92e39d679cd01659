package org.statcommons.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.statcommons.access.CommunityRole;
import org.statcommons.access.JoinPolicy;
import org.statcommons.access.PlatformRole;
import org.statcommons.community.Community;
import org.statcommons.identity.Account;
import org.statcommons.support.Fixtures;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.TestClock;
import org.statcommons.support.Visitor;
import org.statcommons.support.Visitor.Page;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The activity figures of a community with known data: members of two countries and kinds, one who left; page views on
 * days of the month before (read from the counts per month) and of this month (from the counts per day); a meeting with
 * two of three invitees present; a newsletter; a decision. The page, the CSV and the API give the same figures; a plain
 * member is refused all three; a bad period is answered with the field at fault.
 */
@StatCommonsIntegrationTest
class InsightsIntegrationTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient db;

    private final JsonMapper json = JsonMapper.builder().build();

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private record Story(Community community, Account office, Account member) {}

    private Story story() {
        Account office = fixtures.account("Office", "FJ", "INTERNATIONAL", PlatformRole.SECRETARIAT);
        Community community = fixtures.community("Figures Story", JoinPolicy.BY_REQUEST, office);
        for (String name : new String[] {"Ben", "Cleo"}) {
            fixtures.join(
                    community, fixtures.account(name, "WS", "CIVIL_SOCIETY", PlatformRole.NONE), CommunityRole.MEMBER);
        }
        Account member = fixtures.account("Mere", "FJ", "NATIONAL_STATISTICAL_OFFICE", PlatformRole.NONE);
        fixtures.join(community, member, CommunityRole.MEMBER);
        Account dan = fixtures.member(community, "Dan", CommunityRole.MEMBER);
        Page left = fixtures.bearer(fixtures.token(dan))
                .api("DELETE", "/api/v1/communities/" + community.slug() + "/memberships/me", null);
        assertThat(left.status()).as(left.body()).isIn(200, 204);

        fixtures.page(fixtures.signedIn(office), community, "guide.md", "Guide <b>one</b>", "Read me.");
        LocalDate today = today();
        LocalDate lastMonth = today.withDayOfMonth(1).minusMonths(1);
        // as the counter writes them: per day, and the same per month
        db.sql("""
                        insert into content.page_views (community_id, path, day, views)
                        values (?, 'guide.md', ?, 2), (?, 'guide.md', ?, 3), (?, 'guide.md', ?, 4)""")
                .params(community.id(), lastMonth, community.id(), lastMonth.plusDays(9), community.id(), today)
                .update();
        db.sql("""
                        insert into content.page_views_by_month (community_id, path, month, views)
                        values (?, 'guide.md', ?, 5), (?, 'guide.md', ?, 4)""")
                .params(community.id(), lastMonth, community.id(), today.withDayOfMonth(1))
                .update();

        long meeting = db.sql("""
                        insert into meetings.meetings (community_id, title, kind, duration_minutes, organiser_id, time_zone,
                            status, starts_at)
                        values (?, 'Census round', 'FORMAL', 60, ?, 'Pacific/Fiji', 'SCHEDULED', now() - interval '2 days')
                        returning id""")
                .params(community.id(), office.id())
                .query(Long.class)
                .single();
        for (Account invited : List.of(office, member, dan)) {
            db.sql("insert into meetings.invitees (meeting_id, account_id, token_hash) values (?, ?, ?)")
                    .params(meeting, invited.id(), ("t" + meeting + "-" + invited.id()).getBytes())
                    .update();
        }
        for (Account present : List.of(office, member)) {
            db.sql("""
                            insert into meetings.attendance (meeting_id, occurrence_start, account_id, recorded_by)
                            select id, starts_at, ?, ? from meetings.meetings where id = ?""").params(present.id(), office.id(), meeting).update();
        }
        db.sql("""
                        insert into newsletters.newsletters (community_id, subject, body, status, written_by, updated_by,
                            sent_at, sent_by, sent_by_name, recipients)
                        values (?, 'News', 'News', 'SENT', ?, ?, now() - interval '3 days', ?, 'Office', 4)""")
                .params(community.id(), office.id(), office.id(), office.id())
                .update();
        db.sql("""
                        insert into decisions.decisions (community_id, title, kind, visibility, tally_shown, deadline,
                            proposer_name, eligible_count, created_at, closed_at, closed_by_name, outcome, count_seed)
                        values (?, 'Adopt', 'CONSENT', 'MEMBERS', 'AFTER_VOTING', now() - interval '1 day',
                            'Office', 4, now() - interval '8 days', now() - interval '1 day', 'Office', 'ADOPTED', 1)""").param(community.id()).update();
        // a comment thread with a comment kept and one deleted; a discussion with its opening post and a reply
        long commentThread = db.sql("""
                        insert into comments.threads (community_id, page_path, started_by) values (?, 'guide.md', ?)
                        returning id""")
                .params(community.id(), member.id())
                .query(Long.class)
                .single();
        db.sql("""
                        insert into comments.comments (thread_id, author_id, body, deleted_at)
                        values (?, ?, 'Fine', null), (?, ?, '', now())""")
                .params(commentThread, member.id(), commentThread, office.id())
                .update();
        long discussion = db.sql("""
                        insert into discussions.threads (community_id, title, started_by) values (?, 'Census?', ?)
                        returning id""")
                .params(community.id(), office.id())
                .query(Long.class)
                .single();
        db.sql("insert into discussions.posts (thread_id, author_id, body) values (?, ?, 'Who?'), (?, ?, 'Me.')")
                .params(discussion, office.id(), discussion, member.id())
                .update();
        // the stream's lines: Mere commented and replied in a comment thread, the office replied in a discussion
        db.sql("""
                        insert into activity.lines (community_id, kind, actor_id, actor_name, title, link, visibility, about,
                            item, at)
                        values (?, 'PAGE_COMMENT', ?, 'Mere', 'c', '/x', 'MEMBERS', 'page:x', 'comment:9001', now()),
                               (?, 'REPLY', ?, 'Mere', 'r', '/x', 'MEMBERS', 'page:x', 'comment:9002', now()),
                               (?, 'REPLY', ?, 'Office', 'r', '/x', 'MEMBERS', 'thread:1', 'post:9003', now())""")
                .params(community.id(), member.id(), community.id(), member.id(), community.id(), office.id())
                .update();
        return new Story(community, office, member);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    @Test
    void theApiGivesTheFiguresOfThePeriod() throws Exception {
        Story story = story();
        Page answer = fixtures.bearer(fixtures.token(story.office()))
                .api("GET", "/api/v1/communities/" + story.community().slug() + "/insights", null);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonNode body = json.readTree(answer.body());
        LocalDate today = today();
        assertThat(body.get("from").asString())
                .isEqualTo(today.withDayOfMonth(1).minusMonths(11).toString());
        assertThat(body.get("to").asString()).isEqualTo(today.toString());

        Map<String, JsonNode> figures = new HashMap<>();
        Map<String, JsonNode> tables = new HashMap<>();
        for (JsonNode section : body.get("sections")) {
            for (JsonNode f : section.get("figures")) {
                figures.put(section.get("code").asString() + "." + f.get("code").asString(), f);
            }
            for (JsonNode t : section.get("tables")) {
                tables.put(t.get("code").asString(), t);
            }
        }
        // the founder, Ben, Cleo and Mere joined in the period; Dan, put in place before the log knew of him, left
        assertThat(figures.get("members.joined").get("value").asLong()).isEqualTo(4);
        assertThat(figures.get("members.left").get("value").asLong()).isEqualTo(1);
        assertThat(figures.get("members.members-at-end").get("value").asLong()).isEqualTo(4);
        assertThat(row(tables.get("members-by-country"), "WS")).containsExactly(2L, 2L);
        assertThat(row(tables.get("members-by-country"), "FJ").get(0)).isEqualTo(2L);
        assertThat(row(tables.get("members-by-kind"), "CIVIL_SOCIETY")).containsExactly(2L, 2L);
        String thisMonth = today.toString().substring(0, 7);
        String lastMonth = today.withDayOfMonth(1).minusMonths(1).toString().substring(0, 7);
        assertThat(row(tables.get("members-by-month"), thisMonth)).containsExactly(4L, 1L);
        assertThat(tables.get("members-by-month").get("rows")).hasSize(12);

        assertThat(figures.get("pages.views").get("value").asLong()).isEqualTo(9);
        assertThat(row(tables.get("views-by-month"), lastMonth)).containsExactly(5L);
        assertThat(row(tables.get("views-by-month"), thisMonth)).containsExactly(4L);
        assertThat(row(tables.get("views-by-page"), "guide.md")).containsExactly(9L);

        assertThat(figures.get("comments.comments").get("value").asLong()).isEqualTo(1);
        assertThat(row(tables.get("comments-by-month"), thisMonth)).containsExactly(1L);
        assertThat(figures.get("discussions.discussions-started").get("value").asLong())
                .isEqualTo(1);
        assertThat(figures.get("discussions.replies").get("value").asLong()).isEqualTo(1);
        assertThat(figures.get("discussions.posters").get("value").asLong()).isEqualTo(2);
        // a reply is a comment or a discussion post by its item
        assertThat(figures.get("active.active-comments").get("value").asLong()).isEqualTo(1);
        assertThat(figures.get("active.active-discussions").get("value").asLong())
                .isEqualTo(1);
        assertThat(figures.get("active.active").get("value").asLong()).isGreaterThanOrEqualTo(2);

        JsonNode attendance = figures.get("meetings.attendance");
        assertThat(attendance.get("value").asLong()).isEqualTo(2);
        assertThat(attendance.get("outOf").asLong()).isEqualTo(3);
        assertThat(attendance.get("percent").asLong()).isEqualTo(67);
        assertThat(figures.get("meetings.meetings-held").get("value").asLong()).isEqualTo(1);
        assertThat(figures.get("newsletters.recipients").get("value").asLong()).isEqualTo(4);
        assertThat(figures.get("decisions.decisions-taken").get("value").asLong())
                .isEqualTo(1);

        // a period of this month only reads the views per day
        Page month = fixtures.bearer(fixtures.token(story.office()))
                .api(
                        "GET",
                        "/api/v1/communities/" + story.community().slug() + "/insights?from=" + today.withDayOfMonth(1)
                                + "&to=" + today,
                        null);
        assertThat(month.body()).contains("\"code\":\"views\",\"label\":\"Page views\",\"value\":4,");
    }

    private static List<Long> row(JsonNode table, String code) {
        for (JsonNode row : table.get("rows")) {
            if (row.get("code").asString().equals(code)) {
                return java.util.stream.StreamSupport.stream(row.get("values").spliterator(), false)
                        .map(JsonNode::asLong)
                        .toList();
            }
        }
        throw new AssertionError("No row " + code + " in " + table);
    }

    @Test
    void thePageShowsTablesAndChartsAndTheCsvTheSameFigures() throws Exception {
        Story story = story();
        Visitor office = fixtures.signedIn(story.office());
        String address = "/c/" + story.community().slug() + "/insights";
        Page page = office.get(address);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("<svg", "Attendance rate", "67 % (2 of 3)", "Samoa", "Civil-society organisation");
        // a typed title is escaped in the table and the chart alike
        assertThat(page.body()).contains("Guide &lt;b&gt;one&lt;/b&gt;").doesNotContain("<b>one</b>");
        assertThat(page.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                .isLessThan(30_000);
        assertThat(office.get("/c/" + story.community().slug()).body()).contains(address);

        Page csv = office.get(address + ".csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        List<CSVRecord> records = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(csv.body()))
                .getRecords();
        assertThat(records).anySatisfy(r -> {
            assertThat(r.get("section")).isEqualTo("meetings");
            assertThat(r.get("row")).isEqualTo("attendance");
            assertThat(r.get("value")).isEqualTo("2");
            assertThat(r.get("out_of")).isEqualTo("3");
        });
        assertThat(records).anySatisfy(r -> {
            assertThat(r.get("table")).isEqualTo("members-by-country");
            assertThat(r.get("row")).isEqualTo("WS");
            assertThat(r.get("column")).isEqualTo("joined");
            assertThat(r.get("value")).isEqualTo("2");
        });

        // the presets, and a year by its days
        assertThat(office.get(address + "?period=all").status()).isEqualTo(200);
        assertThat(office.get(address + "?period=last-year").status()).isEqualTo(200);
        assertThat(office.get(address + "?from=2020-01-01&to=2026-12-31").body())
                .contains("by year");
    }

    @Test
    void aPlainMemberIsRefusedAndABadPeriodNamesItsField() {
        Story story = story();
        String slug = story.community().slug();
        Visitor member = fixtures.signedIn(story.member());
        assertThat(member.get("/c/" + slug + "/insights").status()).isEqualTo(403);
        assertThat(member.get("/c/" + slug + "/insights.csv").status()).isEqualTo(403);
        Visitor script = fixtures.bearer(fixtures.token(story.member()));
        assertThat(script.api("GET", "/api/v1/communities/" + slug + "/insights", null)
                        .status())
                .isEqualTo(403);
        Account facilitator = fixtures.member(story.community(), "Fay", CommunityRole.FACILITATOR);
        assertThat(fixtures.signedIn(facilitator)
                        .get("/c/" + slug + "/insights")
                        .status())
                .isEqualTo(200);

        Visitor office = fixtures.bearer(fixtures.token(story.office()));
        Page backwards =
                office.api("GET", "/api/v1/communities/" + slug + "/insights?from=2026-05-01&to=2026-04-01", null);
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.body()).contains("\"to\"", "comes before the first");
        Page notADay = office.api("GET", "/api/v1/communities/" + slug + "/insights?from=May&to=2026-04-01", null);
        assertThat(notADay.status()).isEqualTo(400);
        assertThat(notADay.body()).contains("\"from\"");
        Page preset = office.api("GET", "/api/v1/communities/" + slug + "/insights?period=forever", null);
        assertThat(preset.status()).isEqualTo(400);
        assertThat(preset.body()).contains("\"period\"");
    }
}
