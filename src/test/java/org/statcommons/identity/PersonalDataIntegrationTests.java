package org.statcommons.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statcommons.support.Visitor.fields;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.statcommons.access.CommunityRole;
import org.statcommons.access.PlatformRole;
import org.statcommons.community.Community;
import org.statcommons.support.CpuTime;
import org.statcommons.support.Fixtures;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.Visitor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Downloading one's personal data (docs/identity.md "Your personal data"): one JSON file with every feature's section,
 * nothing of anyone else, reached by the person's own session or by an administrator (audited) and by nobody else; a
 * person with 100,000 comments is written page by page.
 */
@StatCommonsIntegrationTest
class PersonalDataIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient db;

    @Autowired
    DownloadPersonalData download;

    @Test
    void theDownloadHoldsEverySectionOfThePersonAndNothingOfAnother() {
        Community community = fixtures.community("Data rights");
        Account tala = fixtures.member(community, "Tala Exporter", CommunityRole.FACILITATOR);
        Account other = fixtures.member(community, "Mele Bystander", CommunityRole.FACILITATOR);
        Visitor browser = fixtures.signedIn(tala);
        Visitor otherBrowser = fixtures.signedIn(other);
        String discussions = "/c/" + community.slug() + "/discussions";
        browser.submitNoFollow(
                discussions + "/new",
                discussions,
                fields("title", "Tala's question", "body", "Tala wrote this post", "topic", ""));
        otherBrowser.submitNoFollow(
                discussions + "/new",
                discussions,
                fields("title", "Mele's question", "body", "Mele wrote this post", "topic", ""));
        fixtures.page(browser, community, "methods/tala.md", "Tala's method", "Tala's page text");
        fixtures.page(otherBrowser, community, "methods/mele.md", "Mele's method", "Mele's page text");
        String page = Fixtures.space(community) + "/methods/tala.md";
        browser.submit(
                page, "/c/" + community.slug() + "/page-comments/methods/tala.md", fields("body", "Tala's comment"));
        otherBrowser.submit(
                page, "/c/" + community.slug() + "/page-comments/methods/tala.md", fields("body", "Mele's comment"));
        fixtures.token(tala);
        // a poll answered and a course enrolled in, written as those features write them
        long meeting =
                db.sql("""
                        insert into meetings.meetings (community_id, title, kind, duration_minutes, organiser_id, time_zone)
                        values (?, 'Tala''s meeting', 'REGULAR', 60, ?, 'UTC') returning id""").params(community.id(), other.id()).query(Long.class).single();
        db.sql("""
                        with c as (insert into meetings.candidates (meeting_id, starts_at)
                                   values (?, timestamptz '2027-01-05 10:00Z') returning id)
                        insert into meetings.answers (candidate_id, account_id, answer) select id, ?, 'IF_NEED_BE' from c""").params(meeting, tala.id()).update();
        db.sql("""
                        with c as (insert into academy.courses (community_id, name, public, created_by, created_at)
                                   values (?, 'sampling-basics', false, ?, now()) returning id)
                        insert into academy.enrolments (course_id, account_id, enrolled_at) select id, ?, now() from c""").params(community.id(), other.id(), tala.id()).update();

        Visitor.Download file = browser.download("/account/personal-data.json");
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.header("Content-Type")).startsWith("application/json");
        assertThat(file.header("Content-Disposition")).contains("attachment", "personal-data-" + tala.id() + ".json");
        String text = new String(file.body(), StandardCharsets.UTF_8);
        JsonNode data = JSON.readTree(text);
        assertThat(data.path("format").asString()).isEqualTo("statcommons-personal-data/1");
        assertThat(data.path("exportedAt").asString()).isNotBlank();
        assertThat(data.path("account").path("email").asString()).isEqualTo(tala.email());
        assertThat(data.path("account").path("displayName").asString()).isEqualTo("Tala Exporter");
        JsonNode sections = data.path("sections");
        assertThat(sections.path("community").toString()).contains("FACILITATOR", community.name());
        assertThat(sections.path("discussions").path("posts").toString()).contains("Tala wrote this post");
        assertThat(sections.path("comments").path("comments").toString()).contains("Tala's comment");
        assertThat(sections.path("content").toString()).contains("methods/tala.md");
        assertThat(sections.path("identity").path("accessTokens")).hasSize(1);
        assertThat(sections.has("notifications")).isTrue();
        assertThat(sections.path("meetings").path("pollAnswers").toString()).contains("IF_NEED_BE", "Tala's meeting");
        assertThat(sections.path("academy").path("enrolments").toString()).contains("sampling-basics");
        assertThat(sections.path("surveys").isArray()).isTrue();
        assertThat(text)
                .doesNotContain("Mele wrote this post", "Mele's comment", "methods/mele.md", other.email())
                .doesNotContain("scpat_")
                .doesNotContain("argon2");
    }

    @Test
    void onlyThePersonAndAnAdministratorOnRequestDownloadIt() {
        Account tala = fixtures.account("Tala Private");
        Account member = fixtures.account("Curious Member");
        Account admin = fixtures.account("Data Admin", PlatformRole.ADMINISTRATOR);

        assertThat(fixtures.anonymous()
                        .getNoFollow("/account/personal-data.json")
                        .location())
                .contains("/sign-in");
        Visitor.Page withToken =
                fixtures.bearer(fixtures.token(tala)).send("GET", "/account/personal-data.json", java.util.Map.of());
        assertThat(withToken.status()).as("a token never acts as a session").isEqualTo(401);
        assertThat(fixtures.bearer(fixtures.token(tala))
                        .api("GET", "/api/v1/me/personal-data", null)
                        .status())
                .as("no API reaches it")
                .isIn(401, 403, 404);
        Visitor curious = fixtures.signedIn(member);
        assertThat(curious.download("/admin/accounts/" + tala.id() + "/personal-data.json")
                        .status())
                .isEqualTo(403);
        assertThat(new String(curious.download("/account/personal-data.json").body(), StandardCharsets.UTF_8))
                .as("one's own data is always one's own")
                .contains("Curious Member")
                .doesNotContain("Tala Private");
        assertThat(count(tala)).isZero();

        Visitor administrator = fixtures.signedIn(admin);
        Visitor.Download onRequest = administrator.download("/admin/accounts/" + tala.id() + "/personal-data.json");
        assertThat(onRequest.status()).isEqualTo(200);
        assertThat(new String(onRequest.body(), StandardCharsets.UTF_8)).contains(tala.email());
        assertThat(count(tala)).as("the administrator's download is audited").isEqualTo(1);
        assertThat(administrator
                        .get("/admin/accounts/" + tala.id() + "/personal-data")
                        .text())
                .contains("Personal data downloaded", "Data Admin");
    }

    @Test
    void aHundredThousandCommentsAreWrittenPageByPage() {
        Community community = fixtures.community("Prolific");
        Account tala = fixtures.member(community, "Tala Prolific", CommunityRole.MEMBER);
        long thread =
                db.sql("""
                        insert into comments.threads (community_id, page_path, started_by) values (?, 'bulk.md', ?)
                        returning id""").params(community.id(), tala.id()).query(Long.class).single();
        db.sql("""
                        insert into comments.comments (thread_id, author_id, body)
                        select ?, ?, 'bulk comment ' || n from generate_series(1, 100000) n""").params(thread, tala.id()).update();

        MarkerCounter out = new MarkerCounter("bulk comment ".getBytes(StandardCharsets.UTF_8));
        CpuTime.Measured<Long> measured = CpuTime.of(() -> {
            download.own(tala.actor(), out);
            return out.found;
        });
        assertThat(measured.result()).isEqualTo(100_000);
        assertThat(measured.cpu()).isLessThan(Duration.ofSeconds(20));
        assertThat(out.largestWrite)
                .as("written as it is read, never one document in memory")
                .isLessThan(1 << 20);
    }

    private long count(Account account) {
        return db.sql(
                        "select count(*) from identity.account_audit where account_id = ? and action = 'PERSONAL_DATA_DOWNLOADED'")
                .param(account.id())
                .query(Long.class)
                .single();
    }

    /** Counts a marker in what is written, keeping nothing of it. */
    private static final class MarkerCounter extends OutputStream {
        private final byte[] marker;
        private int matched;
        long found;
        int largestWrite;

        MarkerCounter(byte[] marker) {
            this.marker = marker;
        }

        @Override
        public void write(int b) {
            if (b == marker[matched]) {
                matched++;
                if (matched == marker.length) {
                    found++;
                    matched = 0;
                }
            } else {
                matched = b == marker[0] ? 1 : 0;
            }
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            largestWrite = Math.max(largestWrite, length);
            for (int i = offset; i < offset + length; i++) {
                write(bytes[i]);
            }
        }
    }
}
