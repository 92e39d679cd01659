package org.statcommons.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.statcommons.access.CommunityRole;
import org.statcommons.community.Community;
import org.statcommons.support.Fixtures;
import org.statcommons.support.RefusingIndex;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.TestClock;
import org.statcommons.support.Visitor;
import org.statcommons.support.Visitor.Page;

/**
 * A comment whose indexing failed (a trigger on {@code search.documents} refuses its word) is indexed by the
 * resubmitter once the index takes it again: not while the event is younger than the interval (it may still be
 * being handled), and at the first run after that.
 */
@StatCommonsIntegrationTest
class UnfinishedEventResubmitterIntegrationTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient db;

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
        Community community = fixtures.community("Resubmit " + tag);
        String space = "/c/" + community.slug() + "/space";
        Visitor member = fixtures.signedIn(fixtures.member(community, "Remi Resubmit", CommunityRole.FACILITATOR));
        assertThat(fixtures.page(member, community, "notes", "Notes " + tag, "A page.")
                        .status())
                .isEqualTo(200);

        RefusingIndex index = new RefusingIndex(db, "refuse_resubmitted");
        index.refuse(word);
        Page comment = member.api(
                "POST",
                "/api/v1/communities/" + community.slug() + "/page-comments/notes",
                "{\"body\":\"Kept: " + word + "\"}");
        assertThat(comment.status()).as(comment.body()).isEqualTo(201);
        index.allow();

        resubmitter.resubmit();
        assertThat(found(member, word))
                .as("younger than the interval: left alone")
                .contains("\"results\":[]");

        clock.advance(Duration.ofMinutes(6));
        resubmitter.resubmit();
        assertThat(found(member, word)).contains("\"kind\":\"COMMENT\"");
    }

    private static String found(Visitor who, String word) {
        Page answer = who.api("GET", "/api/v1/search?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8), null);
        assertThat(answer.status()).isEqualTo(200);
        return answer.body();
    }
}
