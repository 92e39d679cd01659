package org.statcommons.platform.events;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.statcommons.access.CommunityRole;
import org.statcommons.community.Communities;
import org.statcommons.community.Community;
import org.statcommons.identity.CreateAccessToken;
import org.statcommons.identity.CreateAccount;
import org.statcommons.support.CommunityTestFixtures;
import org.statcommons.support.RefusingIndex;
import org.statcommons.support.SpaceTestFixtures;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.TestClock;
import org.statcommons.support.WebClientSession.Page;
import org.statcommons.support.WebClientSession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statcommons.support.WebClientSession.fields;

/**
 * A comment whose indexing failed (a trigger on {@code search.documents} refuses its word) is indexed by the
 * resubmitter once the index takes it again: not while the event is younger than the interval (it may still be
 * being handled), and at the first run after that.
 */
@StatCommonsIntegrationTest
class UnfinishedEventResubmitterIntegrationTests {

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
    @Autowired
    UnfinishedEventResubmitter resubmitter;

    @AfterEach
    void tidy() {
        new RefusingIndex(db, "refuse_resubmitted").allow();
        clock.reset();
    }

    @Test
    void anIndexingThatFailedIsDoneAgainOnceItIsOlderThanTheInterval() {
        String tag = Long.toString(System.nanoTime(), 36);
        String word = "resubmitted" + tag;
        CommunityTestFixtures fixtures = new CommunityTestFixtures(port, registration, tokens);
        SpaceTestFixtures spaces = new SpaceTestFixtures(fixtures, db, communities, tokens);
        Community community = spaces.community("Resubmit " + tag);
        String space = "/c/" + community.slug() + "/space";
        WebClientSession member = new WebClientSession(port);
        member.signIn(spaces.member(community, "Remi Resubmit", CommunityRole.FACILITATOR).email(), CommunityTestFixtures.PASSWORD);
        assertThat(member.submit(space + "/-/new", space + "/-/new",
                fields("path", "notes", "title", "Notes " + tag, "body", "A page.")).status()).isEqualTo(200);

        RefusingIndex index = new RefusingIndex(db, "refuse_resubmitted");
        index.refuse(word);
        Page comment = member.api("POST", "/api/v1/communities/" + community.slug() + "/page-comments/notes",
                "{\"body\":\"Kept: " + word + "\"}");
        assertThat(comment.status()).as(comment.body()).isEqualTo(201);
        index.allow();

        resubmitter.resubmit();
        assertThat(found(member, word)).as("younger than the interval: left alone").contains("\"results\":[]");

        clock.advance(Duration.ofMinutes(6));
        resubmitter.resubmit();
        assertThat(found(member, word)).contains("\"kind\":\"COMMENT\"");
    }

    private static String found(WebClientSession who, String word) {
        Page answer = who.api("GET", "/api/v1/search?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8), null);
        assertThat(answer.status()).isEqualTo(200);
        return answer.body();
    }
}
