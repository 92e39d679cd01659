package org.statcommons.workstreams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.statcommons.support.Visitor.fields;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
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
import org.w3c.dom.Document;

/**
 * The secretariat drafts a workplan, adds items (refused when one is due before it starts), reads it as a list, by
 * workstream, as an SVG timeline and as CSV, and puts it to the Steering Committee, whose decision approves it.
 */
@StatCommonsIntegrationTest
class WorkplanIntegrationTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient db;

    @Autowired
    Workplans workplans;

    @Autowired
    TestClock clock;

    private static long idAtEnd(String address) {
        return Long.parseLong(address.replaceAll(".*/(\\d+)$", "$1"));
    }

    @Test
    void theSecretariatDraftsAWorkplanReadsItAsATimelineAndCsvAndTheCommitteeApprovesIt() throws Exception {
        Account keeper = fixtures.account("Workplan keeper", PlatformRole.SECRETARIAT);
        Community community = fixtures.community("Workplans", JoinPolicy.BY_REQUEST, keeper);
        Account voter = fixtures.member(community, "Workplan voter", CommunityRole.MEMBER);
        Account member = fixtures.member(community, "Workplan reader", CommunityRole.MEMBER);
        long committee = db.sql("""
                        insert into bodies.bodies (community_id, name, description, created_by, created_at)
                        values (?, 'Steering Committee', '', ?, now()) returning id""")
                .params(community.id(), keeper.id())
                .query(Long.class)
                .single();
        db.sql("""
                        insert into bodies.seats (body_id, organisation_id, representative_id, updated_by, updated_at)
                        values (?, 1, ?, ?, now())""").params(committee, voter.id(), keeper.id()).update();
        Visitor secretariat = fixtures.signedIn(keeper);
        String slug = community.slug();
        String list = "/c/" + slug + "/workplans";
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        LocalDate start = today.withDayOfYear(1);
        LocalDate end = start.plusYears(1).minusDays(1);

        Page backwards = secretariat.submit(
                list, list, fields("title", "Plan", "kind", "ANNUAL", "startsOn", end, "endsOn", start));
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.text()).contains("Last day comes before First day");
        Page created = secretariat.submitNoFollow(
                list,
                list,
                fields("title", "Workplan " + start.getYear(), "kind", "ANNUAL", "startsOn", start, "endsOn", end));
        String plan = created.location().replaceAll("^https?://[^/]+", "");
        long id = idAtEnd(plan);

        Page dueBeforeStart = secretariat.submit(
                plan,
                plan + "/items",
                fields(
                        "activity",
                        "Backwards",
                        "startsOn",
                        start.plusMonths(3),
                        "dueOn",
                        start.plusMonths(1),
                        "status",
                        "PLANNED"));
        assertThat(dueBeforeStart.status()).isEqualTo(400);
        assertThat(dueBeforeStart.text()).contains("Due comes before Start: an item cannot end before it starts.");
        Page badLink = secretariat.submit(
                plan,
                plan + "/items",
                fields(
                        "activity",
                        "Link",
                        "startsOn",
                        start,
                        "dueOn",
                        end,
                        "status",
                        "SOON",
                        "deliverable",
                        "ftp://x"));
        assertThat(badLink.status()).isEqualTo(400);
        assertThat(badLink.text())
                .contains("Choose planned, in progress, done or dropped.")
                .contains("a web address starting with https://");

        secretariat.submit(
                plan,
                plan + "/items",
                fields(
                        "activity",
                        "Workshop, \"census\" round",
                        "owners",
                        "INE, ABS",
                        "startsOn",
                        start,
                        "dueOn",
                        today.minusDays(1).isBefore(start) ? start : today.minusDays(1),
                        "status",
                        "IN_PROGRESS",
                        "deliverable",
                        "https://example.org/report"));
        secretariat.submit(
                plan,
                plan + "/items",
                fields("activity", "Guidelines", "startsOn", today, "dueOn", end, "status", "PLANNED"));

        Visitor reader = fixtures.signedIn(member);
        Page shown = reader.get(plan);
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.body().length()).isLessThan(30_000);
        String svg = shown.body()
                .substring(shown.body().indexOf("<svg"), shown.body().indexOf("</svg>") + 6);
        Document drawing = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertThat(drawing.getDocumentElement().getAttribute("role")).isEqualTo("img");
        assertThat(drawing.getElementsByTagName("title").item(0).getTextContent())
                .isEqualTo("Timeline of the workplan “Workplan " + start.getYear() + "”");
        assertThat(drawing.getElementsByTagName("rect").getLength()).isEqualTo(2);
        assertThat(drawing.getElementsByTagName("desc").item(0).getTextContent())
                .contains("2 items");
        assertThat(shown.text()).contains("Workshop, \"census\" round", "Guidelines");
        if (!today.equals(start)) {
            assertThat(shown.text()).contains("1 item overdue");
            assertThat(svg).contains("(overdue)", "#b3261e");
        }
        Page arabic = reader.get(plan + "?lang=ar");
        assertThat(arabic.body()).contains("text-anchor=\"start\"").contains("الجدول الزمني");
        assertThat(reader.get(plan + "?by=workstream").text()).contains("No workstream");

        Visitor.Download csv = reader.download(plan + "/items.csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        List<CSVRecord> records = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(new String(csv.body(), StandardCharsets.UTF_8)))
                .getRecords();
        assertThat(records).hasSize(2);
        assertThat(records.get(0).get("activity")).isEqualTo("Workshop, \"census\" round");
        assertThat(records.get(0).get("owners")).isEqualTo("INE, ABS");
        assertThat(records.get(1).get("status")).isEqualTo("PLANNED");

        String api = "/api/v1/communities/" + slug + "/workplans/" + id;
        assertThat(fixtures.bearer(fixtures.token(member)).api("GET", api, null).body())
                .contains("\"activity\":\"Guidelines\"", "\"status\":\"DRAFT\"");
        Page backwardsApi = fixtures.bearer(fixtures.token(keeper))
                .api(
                        "POST",
                        api + "/items",
                        "{\"activity\":\"API\",\"startsOn\":\"" + end + "\",\"dueOn\":\"" + start + "\"}");
        assertThat(backwardsApi.status()).isEqualTo(400);
        assertThat(backwardsApi.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(backwardsApi.body()).contains("dueOn", "Due comes before Start");

        // members read it; only the secretariat changes it
        assertThat(reader.submit(plan, plan + "/items", fields("activity", "Sneaky"))
                        .status())
                .isEqualTo(403);

        Page submitted =
                secretariat.submit(plan, plan + "/submit", fields("body", committee, "kind", "VOTE", "days", "3"));
        assertThat(submitted.text()).contains("The workplan is put to the body");
        Long decision = workplans.inCommunity(community, id).decisionId();
        assertThat(decision).isNotNull();
        assertThat(secretariat
                        .submit(plan, plan + "/items", fields("activity", "Late", "startsOn", start, "dueOn", end))
                        .status())
                .isEqualTo(409);
        String decisionApi = "/api/v1/communities/" + slug + "/decisions/" + decision;
        assertThat(fixtures.bearer(fixtures.token(voter))
                        .api("PUT", decisionApi + "/vote", "{\"choice\":\"YES\"}")
                        .status())
                .isEqualTo(200);
        assertThat(fixtures.bearer(fixtures.token(keeper))
                        .api("POST", decisionApi + "/close", "{}")
                        .status())
                .isEqualTo(200);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> workplans.inCommunity(community, id).status() == Workplan.Status.APPROVED);
        assertThat(reader.get("/c/" + slug + "/decisions").body()).contains(plan);
        // the work goes on: an item's status still changes
        Page done = secretariat.submit(plan, plan + "/items/" + itemId(id) + "/status", fields("status", "DONE"));
        assertThat(done.text()).contains("The item’s status is changed.");
    }

    @Test
    void aLongWorkplanIsReadAPageAtATimeEachUnder30KilobytesAndItsCsvKeepsEveryItem() throws Exception {
        Account keeper = fixtures.account("Long plan keeper", PlatformRole.SECRETARIAT);
        Community community = fixtures.community("Long workplans", JoinPolicy.BY_REQUEST, keeper);
        Visitor secretariat = fixtures.signedIn(keeper);
        String list = "/c/" + community.slug() + "/workplans";
        LocalDate start = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).withDayOfYear(1);
        Page created = secretariat.submit(
                list,
                list,
                fields(
                        "title",
                        "Long plan",
                        "kind",
                        "ANNUAL",
                        "startsOn",
                        start,
                        "endsOn",
                        start.plusYears(1).minusDays(1)));
        String plan = created.path();
        long id = Long.parseLong(plan.replaceAll(".*/(\\d+)$", "$1"));
        db.sql("""
                        insert into workstreams.workplan_items (workplan_id, activity, owners, starts_on, due_on, status,
                            deliverable)
                        select ?, 'Activity number ' || n || ' of the census round, with its fieldwork and report',
                               'National Statistics Office, Ministry of Planning', ?, ?, 'PLANNED',
                               'reports/census-fieldwork'
                        from generate_series(1, 95) n""").params(id, start, start.plusMonths(6)).update();

        // the secretariat's view, with a status form on every row, is the largest
        Page first = secretariat.get(plan);
        assertThat(first.text()).contains("Items 1–12 of 95", "Next items").doesNotContain("Previous items");
        assertThat(first.body()).contains("Activity number 12 of").doesNotContain("Activity number 13 of");
        assertThat(first.body().getBytes(StandardCharsets.UTF_8).length)
                .as("a page of a long workplan under 30 KB")
                .isLessThan(30_000);
        Page last = secretariat.get(plan + "?page=8");
        assertThat(last.text()).contains("Items 85–95 of 95", "Previous items").doesNotContain("Next items");
        assertThat(last.body()).contains("Activity number 95 of").doesNotContain("Activity number 84 of");
        assertThat(secretariat.get(plan + "?page=99").text())
                .as("past the end: the last page")
                .contains("Items 85–95");
        assertThat(secretariat.get(plan + "?page=nine").text()).contains("Items 1–12 of 95");
        assertThat(secretariat.get(plan + "?by=workstream&page=2").text())
                .contains("Items 13–24 of 95", "No workstream");

        Visitor.Download csv = secretariat.download(plan + "/items.csv");
        assertThat(new String(csv.body(), StandardCharsets.UTF_8).lines().count())
                .as("every item and the header")
                .isEqualTo(96);
    }

    private long itemId(long workplanId) {
        return db.sql("select min(id) from workstreams.workplan_items where workplan_id = ?")
                .param(workplanId)
                .query(Long.class)
                .single();
    }
}
