package org.statcommons.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.statcommons.access.CommunityRole;
import org.statcommons.access.JoinPolicy;
import org.statcommons.access.PlatformRole;
import org.statcommons.community.Community;
import org.statcommons.content.Pages;
import org.statcommons.identity.Account;
import org.statcommons.support.Fixtures;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.TestClock;
import org.statcommons.support.Visitor;
import org.statcommons.support.Visitor.Page;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The evaluation report of a community with known figures (members of two countries and kinds, a page read 3,979
 * times, a meeting one of two invitees attended): the draft page written in the space and the PDF hold every
 * headline figure of the dashboard for the same period, as the dashboard shows it; generating again with new
 * figures proposes a change of the page (nobody's edits of the draft lost); a bad period is refused with its field.
 */
@StatCommonsIntegrationTest
class EvaluationReportIntegrationTests {

    private static final Pattern FIGURE = Pattern.compile("<dt>([^<]*)</dt><dd>([^<]*)</dd>");

    @Autowired
    Fixtures fixtures;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient db;

    @Autowired
    Pages pages;

    private final JsonMapper json = JsonMapper.builder().build();

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private record Story(Community community, Account office, LocalDate first, LocalDate last) {}

    private Story story() {
        Account office = fixtures.account("Office", "FJ", "INTERNATIONAL", PlatformRole.SECRETARIAT);
        Community community = fixtures.community("Evaluated Pilot", JoinPolicy.BY_REQUEST, office);
        for (String name : new String[] {"Ana", "Bo"}) {
            fixtures.join(
                    community, fixtures.account(name, "WS", "CIVIL_SOCIETY", PlatformRole.NONE), CommunityRole.MEMBER);
        }
        Account member = fixtures.account("Mere", "FJ", "NATIONAL_STATISTICAL_OFFICE", PlatformRole.NONE);
        fixtures.join(community, member, CommunityRole.MEMBER);
        fixtures.page(fixtures.signedIn(office), community, "guide.md", "Census guide", "Read me.");
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        // seed 000's page "viewed almost 4,000 times", as the counter writes views: per day, and the same per month
        db.sql("insert into content.page_views (community_id, path, day, views) values (?, 'guide.md', ?, 3979)")
                .params(community.id(), today)
                .update();
        db.sql("""
                        insert into content.page_views_by_month (community_id, path, month, views)
                        values (?, 'guide.md', ?, 3979)""").params(community.id(), today.withDayOfMonth(1)).update();
        long meeting = db.sql("""
                        insert into meetings.meetings (community_id, title, kind, duration_minutes, organiser_id, time_zone,
                            status, starts_at)
                        values (?, 'Pilot review', 'FORMAL', 60, ?, 'Pacific/Fiji', 'SCHEDULED', now() - interval '1 hour')
                        returning id""")
                .params(community.id(), office.id())
                .query(Long.class)
                .single();
        for (Account invited : List.of(office, member)) {
            db.sql("insert into meetings.invitees (meeting_id, account_id, token_hash) values (?, ?, ?)")
                    .params(meeting, invited.id(), ("e" + meeting + "-" + invited.id()).getBytes())
                    .update();
        }
        db.sql("""
                        insert into meetings.attendance (meeting_id, occurrence_start, account_id, recorded_by)
                        select id, starts_at, ?, ? from meetings.meetings where id = ?""").params(office.id(), office.id(), meeting).update();
        return new Story(community, office, today.withDayOfMonth(1), today);
    }

    /** The dashboard's headline figures for the period, as its page shows them (label → shown). */
    private Map<String, String> dashboardFigures(Visitor visitor, Story story) {
        Page dashboard = visitor.get(
                "/c/" + story.community().slug() + "/insights?from=" + story.first() + "&to=" + story.last());
        assertThat(dashboard.status()).isEqualTo(200);
        Map<String, String> figures = new LinkedHashMap<>();
        Matcher m = FIGURE.matcher(dashboard.body());
        while (m.find()) {
            figures.put(unescape(m.group(1)), unescape(m.group(2)));
        }
        assertThat(figures)
                .containsEntry("Page views", "3,979")
                .containsEntry("Members at the end", "4")
                .containsEntry("Attendance rate (present out of invited)", "50 % (1 of 2)");
        return figures;
    }

    @Test
    void theDraftPageAndThePdfHoldTheDashboardsFigures() throws Exception {
        Story story = story();
        Visitor office = fixtures.signedIn(story.office());
        Map<String, String> figures = dashboardFigures(office, story);
        String slug = story.community().slug();

        Page insights = office.get("/c/" + slug + "/insights?from=" + story.first() + "&to=" + story.last());
        assertThat(insights.body())
                .contains("/c/" + slug + "/insights/evaluation-report.pdf?from=" + story.first() + "&amp;to="
                        + story.last())
                .contains("Write the evaluation report as a draft page");

        Page generated = office.submit(
                "/c/" + slug + "/insights",
                "/c/" + slug + "/insights/evaluation-report",
                Map.of("from", story.first().toString(), "to", story.last().toString()));
        assertThat(generated.status()).as(generated.body()).isEqualTo(200);
        String path = "reports/evaluation-" + story.first() + "-to-" + story.last() + ".md";
        assertThat(generated.path()).isEqualTo("/c/" + slug + "/space/" + path.replace(".md", ""));
        Pages.PageContent page = pages.read(story.community().id(), path);
        assertThat(page.body())
                .contains("## Who took part", "## What was produced", "## How people took part")
                .contains("## What the surveys say", "To be written")
                .contains("| Samoa | 2 | 2 |", "[Census guide](</c/" + slug + "/space/guide>) | 3,979 |")
                .contains("(</c/" + slug + "/insights/evaluation-report.pdf?from=" + story.first());
        for (Map.Entry<String, String> figure : figures.entrySet()) {
            assertThat(page.body()).contains("| " + figure.getKey() + " | " + figure.getValue() + " |");
        }
        // the page is a draft of the space: it shows, with its link to the PDF
        assertThat(generated.body()).contains("Evaluation report", "evaluation-report.pdf");

        // the report's page is a page of the space: the dashboard counts it now, and so does the PDF
        Map<String, String> now = dashboardFigures(office, story);
        assertThat(now.get("Pages in the space now")).isNotEqualTo(figures.get("Pages in the space now"));
        Visitor.Download pdf = office.download(
                "/c/" + slug + "/insights/evaluation-report.pdf?from=" + story.first() + "&to=" + story.last());
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.header("Content-Type")).startsWith("application/pdf");
        String text;
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("Who took part", "What was produced", "How people took part", "Census guide");
        for (Map.Entry<String, String> figure : now.entrySet()) {
            assertThat(text).contains(figure.getKey() + " " + figure.getValue());
        }
    }

    @Test
    void theApiWritesTheDraftThenProposesNewFiguresAndGivesThePdf() throws Exception {
        Story story = story();
        Visitor api = fixtures.bearer(fixtures.token(story.office()));
        String slug = story.community().slug();
        String body = "{\"from\":\"" + story.first() + "\",\"to\":\"" + story.last() + "\"}";
        Page first = api.api("POST", "/api/v1/communities/" + slug + "/evaluation-reports", body);
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        JsonNode written = json.readTree(first.body());
        assertThat(written.get("proposed").asBoolean()).isFalse();
        assertThat(written.get("unchanged").asBoolean()).isFalse();

        db.sql("update content.page_views set views = views + 21 where community_id = ?")
                .param(story.community().id())
                .update();
        db.sql("update content.page_views_by_month set views = views + 21 where community_id = ?")
                .param(story.community().id())
                .update();
        Page changed = api.api("POST", "/api/v1/communities/" + slug + "/evaluation-reports", body);
        JsonNode proposed = json.readTree(changed.body());
        assertThat(proposed.get("proposed").asBoolean()).as(changed.body()).isTrue();
        assertThat(proposed.get("address").asString()).startsWith("/c/" + slug + "/proposals/");
        // the page keeps its figures until the proposal is accepted
        assertThat(pages.read(story.community().id(), written.get("path").asString())
                        .body())
                .contains("3,979")
                .doesNotContain("4,000");

        Visitor.Download pdf = api.download(
                "/api/v1/communities/" + slug + "/evaluation-report.pdf?from=" + story.first() + "&to=" + story.last());
        assertThat(pdf.status()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(document)).contains("4,000");
        }
    }

    @Test
    void aBadPeriodIsRefusedWithItsField() {
        Story story = story();
        Visitor api = fixtures.bearer(fixtures.token(story.office()));
        String slug = story.community().slug();
        Page backwards = api.api(
                "POST",
                "/api/v1/communities/" + slug + "/evaluation-reports",
                "{\"from\":\"2026-05-01\",\"to\":\"2026-04-01\"}");
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.body()).contains("to");
        Page notADay = api.api(
                "GET", "/api/v1/communities/" + slug + "/evaluation-report.pdf?from=2026-02-30&to=2026-03-01", null);
        assertThat(notADay.status()).isEqualTo(400);
        assertThat(notADay.body()).contains("from");
        assertThat(pages.list(story.community().id())).noneMatch(p -> p.path().startsWith("reports/evaluation-"));
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
