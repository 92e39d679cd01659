package org.statcommons.discussions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statcommons.support.WebClientSession.fields;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.statcommons.access.CommunityRole;
import org.statcommons.community.Communities;
import org.statcommons.community.Community;
import org.statcommons.identity.Account;
import org.statcommons.identity.CreateAccessToken;
import org.statcommons.identity.CreateAccount;
import org.statcommons.support.CommunityTestFixtures;
import org.statcommons.support.SpaceTestFixtures;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.TestClock;
import org.statcommons.support.WebClientSession;
import org.statcommons.support.WebClientSession.Page;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Discussions take their times from the application's clock: moved forward here, instead of waiting. */
@StatCommonsIntegrationTest
class DiscussionTimesIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern DISCUSSION = Pattern.compile("/discussions/(\\d+)$");

    @LocalServerPort
    int port;
    @Autowired
    CreateAccount registration;
    @Autowired
    CreateAccessToken tokens;
    @Autowired
    JdbcClient db;
    @Autowired
    Communities communities;
    @Autowired
    TestClock clock;

    @AfterEach
    void backToRealTime() {
        clock.reset();
    }

    @Test
    void aReplyAnHourLaterMovesItsDiscussionToTheTopAtTheClocksTime() {
        SpaceTestFixtures spaces = new SpaceTestFixtures(new CommunityTestFixtures(port, registration, tokens), db, communities, tokens);
        Community community = spaces.community("Times");
        Account writer = spaces.member(community, "Tala Times", CommunityRole.MEMBER);
        WebClientSession tala = new WebClientSession(port);
        tala.signIn(writer.email(), CommunityTestFixtures.PASSWORD);
        String base = "/c/" + community.slug() + "/discussions";
        String api = "/api/v1/communities/" + community.slug() + "/discussions";
        long older = start(tala, base, "Older");
        long newer = start(tala, base, "Newer");
        assertThat(ids(tala.api("GET", api, null))).containsExactly(newer, older);

        clock.advance(Duration.ofHours(1));
        Instant before = clock.instant();
        assertThat(tala.api("POST", api + "/" + older + "/replies", "{\"body\":\"An hour later.\"}").status()).isEqualTo(201);
        Instant after = clock.instant();

        JsonNode listing = JSON.readTree(tala.api("GET", api, null).body());
        assertThat(ids(listing)).containsExactly(older, newer);
        Instant lastActivity = Instant.parse(listing.path("discussions").get(0).path("lastActivityAt").asString());
        assertThat(lastActivity).isBetween(before.minusMillis(1), after.plusMillis(1));
        JsonNode reply = JSON.readTree(tala.api("GET", api + "/" + older, null).body()).path("posts").get(1);
        assertThat(Instant.parse(reply.path("createdAt").asString())).isEqualTo(lastActivity);
        assertThat(Duration.between(Instant.now(), lastActivity)).isGreaterThan(Duration.ofMinutes(59));
    }

    private static long start(WebClientSession who, String base, String title) {
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
