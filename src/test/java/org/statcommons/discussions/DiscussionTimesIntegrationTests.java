package org.statcommons.discussions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.statcommons.support.Visitor.fields;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.statcommons.access.CommunityRole;
import org.statcommons.community.Community;
import org.statcommons.identity.Account;
import org.statcommons.support.Fixtures;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.TestClock;
import org.statcommons.support.Visitor;
import org.statcommons.support.Visitor.Page;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Discussions take their times from the application's clock: moved forward here, instead of waiting. */
@StatCommonsIntegrationTest
class DiscussionTimesIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern DISCUSSION = Pattern.compile("/discussions/(\\d+)$");

    @Autowired
    Fixtures fixtures;

    @Autowired
    TestClock clock;

    @AfterEach
    void backToRealTime() {
        clock.reset();
    }

    @Test
    void aReplyAnHourLaterMovesItsDiscussionToTheTopAtTheClocksTime() {
        Community community = fixtures.community("Times");
        Account writer = fixtures.member(community, "Tala Times", CommunityRole.MEMBER);
        Visitor tala = fixtures.signedIn(writer);
        String base = "/c/" + community.slug() + "/discussions";
        String api = "/api/v1/communities/" + community.slug() + "/discussions";
        long older = start(tala, base, "Older");
        long newer = start(tala, base, "Newer");
        assertThat(ids(tala.api("GET", api, null))).containsExactly(newer, older);

        clock.advance(Duration.ofHours(1));
        Instant before = clock.instant();
        assertThat(tala.api("POST", api + "/" + older + "/replies", "{\"body\":\"An hour later.\"}")
                        .status())
                .isEqualTo(201);
        Instant after = clock.instant();

        JsonNode listing = JSON.readTree(tala.api("GET", api, null).body());
        assertThat(ids(listing)).containsExactly(older, newer);
        Instant lastActivity = Instant.parse(
                listing.path("discussions").get(0).path("lastActivityAt").asString());
        assertThat(lastActivity).isBetween(before.minusMillis(1), after.plusMillis(1));
        JsonNode reply = JSON.readTree(tala.api("GET", api + "/" + older, null).body())
                .path("posts")
                .get(1);
        assertThat(Instant.parse(reply.path("createdAt").asString())).isEqualTo(lastActivity);
        assertThat(Duration.between(Instant.now(), lastActivity)).isGreaterThan(Duration.ofMinutes(59));
    }

    // a time mark is written by the server only: typed into a title, it reads as typed in the stream and the API
    @Test
    void aTitleTypedLikeATimeMarkIsShownAsTyped() {
        Community community = fixtures.community("Marks");
        Account writer = fixtures.member(community, "Mika {{time 2026-01-01T00:00:00Z UTC}}", CommunityRole.MEMBER);
        Visitor reader = fixtures.signedIn(fixtures.member(community, "Rua Reader", CommunityRole.MEMBER));
        String typed = "Agenda {{time 2026-01-01T00:00:00Z UTC}} {{{time 2026-01-01T00:00:00Z UTC}}}";
        start(fixtures.signedIn(writer), "/c/" + community.slug() + "/discussions", typed);

        String stream = "/c/" + community.slug() + "/activity";
        await().atMost(Duration.ofSeconds(30))
                .until(() -> reader.get(stream).text().contains("Agenda"));
        assertThat(reader.get(stream).text())
                .contains("Mika {{time 2026-01-01T00:00:00Z UTC}} started “" + typed + "”")
                .doesNotContain("Thu 1 Jan 2026");
        assertThat(reader.api("GET", "/api/v1/communities/" + community.slug() + "/activity", null)
                        .body())
                .contains(typed)
                .doesNotContain("Thu 1 Jan 2026");
    }

    private static long start(Visitor who, String base, String title) {
        Page started = who.submitNoFollow(base + "/new", base, fields("title", title, "body", "Text.", "topic", ""));
        Matcher id = DISCUSSION.matcher(started.location());
        assertThat(id.find()).as(started.location()).isTrue();
        return Long.parseLong(id.group(1));
    }

    private static List<Long> ids(Page listing) {
        return ids(JSON.readTree(listing.body()));
    }

    private static List<Long> ids(JsonNode listing) {
        List<Long> ids = new ArrayList<>();
        listing.path("discussions").forEach(d -> ids.add(d.path("id").asLong()));
        return ids;
    }
}
