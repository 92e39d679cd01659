package org.statcommons.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.statcommons.access.CommunityRole;
import org.statcommons.comments.CommentChanged;
import org.statcommons.community.Community;
import org.statcommons.content.SpaceChanged;
import org.statcommons.discussions.PostChanged;
import org.statcommons.support.Fixtures;
import org.statcommons.support.RefusingIndex;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.Visitor;
import org.statcommons.support.Visitor.Page;

/**
 * Issue 8: the index runs after the change committed. A text the index refuses (here a trigger on
 * {@code search.documents} refuses one word, as PostgreSQL would refuse a text it cannot store) leaves the saved
 * page, the comment and the discussion post saved and shown; the indexing's event publication stays incomplete, and
 * once the index takes the text again, handing the event to the indexer again makes the text findable.
 */
@StatCommonsIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchAfterCommitIntegrationTests {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient db;

    @Autowired
    IncompleteEventPublications incomplete;

    final String tag = Long.toString(System.nanoTime(), 36);
    final String refused = "indexrefuses" + tag;
    Community community;
    String space;
    Visitor member;
    /** What was left unfinished before a test (by other tests of the same server), not counted. */
    String[] before;

    @BeforeAll
    void setUp() {
        community = fixtures.community("After commit " + tag);
        space = "/c/" + community.slug() + "/space";
        member = fixtures.signedIn(fixtures.member(community, "Ines Indexed", CommunityRole.FACILITATOR));
    }

    @BeforeEach
    void indexRefusesTheWord() {
        before = db.sql("select id::text from public.event_publication where completion_date is null")
                .query(String.class)
                .list()
                .toArray(String[]::new);
        new RefusingIndex(db, "refuse_word").refuse(refused);
    }

    @AfterEach
    void indexTakesEverythingAgain() {
        new RefusingIndex(db, "refuse_word").allow();
    }

    @Test
    void aPageSaveCommitsWhenIndexingFailsAndTheIndexCatchesUp() {
        Page saved =
                fixtures.page(member, community, "refused-page", "Refused page " + tag, "Words: " + refused + "page.");
        assertThat(saved.status()).isEqualTo(200);
        assertThat(member.get(space + "/refused-page").body()).contains(refused + "page");
        assertThat(found(refused + "page")).as("not indexed yet").contains("\"results\":[]");
        assertThat(unfinished(SpaceChanged.class)).isPositive();

        indexTakesEverythingAgain();
        incomplete.resubmitIncompletePublications(publication ->
                publication.getEvent() instanceof SpaceChanged changed && changed.communityId() == community.id());
        await().atMost(PATIENCE).until(() -> found(refused + "page").contains("/space/refused-page"));
        await().atMost(PATIENCE).until(() -> unfinished(SpaceChanged.class) == 0);
        assertThat(db.sql("select count(*) from public.event_publication where completion_date is not null")
                        .query(Long.class)
                        .single())
                .as("a handled event leaves the registry")
                .isZero();
    }

    @Test
    void aCommentIsKeptWhenIndexingFailsAndTheIndexCatchesUp() {
        assertThat(fixtures.page(member, community, "commented", "Commented " + tag, "A page to comment on.")
                        .status())
                .isEqualTo(200);
        Page comment = member.api(
                "POST",
                "/api/v1/communities/" + community.slug() + "/page-comments/commented",
                "{\"body\":\"A comment with " + refused + "comment in it\"}");
        assertThat(comment.status()).as(comment.body()).isEqualTo(201);
        assertThat(member.api("GET", "/api/v1/communities/" + community.slug() + "/page-comments/commented", null)
                        .body())
                .contains(refused + "comment");
        assertThat(found(refused + "comment")).contains("\"results\":[]");
        assertThat(unfinished(CommentChanged.class)).isEqualTo(1);

        indexTakesEverythingAgain();
        incomplete.resubmitIncompletePublications(publication -> publication.getEvent() instanceof CommentChanged);
        await().atMost(PATIENCE).until(() -> found(refused + "comment").contains("#comment-"));
        await().atMost(PATIENCE).until(() -> unfinished(CommentChanged.class) == 0);
    }

    @Test
    void aDiscussionPostIsKeptWhenIndexingFailsAndTheIndexCatchesUp() {
        Page started = member.api(
                "POST",
                "/api/v1/communities/" + community.slug() + "/discussions",
                "{\"title\":\"Refused " + tag + "\",\"body\":\"Opening with " + refused + "post here\"}");
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        assertThat(member.api("GET", "/api/v1/communities/" + community.slug() + "/discussions", null)
                        .body())
                .contains("Refused " + tag);
        assertThat(found(refused + "post")).contains("\"results\":[]");
        assertThat(unfinished(PostChanged.class)).isEqualTo(1);

        indexTakesEverythingAgain();
        incomplete.resubmitIncompletePublications(publication -> publication.getEvent() instanceof PostChanged);
        await().atMost(PATIENCE).until(() -> found(refused + "post").contains("\"kind\":\"POST\""));
        await().atMost(PATIENCE).until(() -> unfinished(PostChanged.class) == 0);
    }

    private String found(String word) {
        Page answer = member.api("GET", "/api/v1/search?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8), null);
        assertThat(answer.status()).isEqualTo(200);
        return answer.body();
    }

    /** The search indexer's publications of this kind of event that this test left unfinished. */
    private long unfinished(Class<?> event) {
        return db.sql("""
                        select count(*) from public.event_publication
                         where completion_date is null and listener_id like '%SearchIndexer%' and event_type = ?
                           and id::text <> all(?)""").params(event.getName(), before).query(Long.class).single();
    }
}
