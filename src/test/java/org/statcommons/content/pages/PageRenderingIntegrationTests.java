package org.statcommons.content.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.statcommons.access.CommunityRole;
import org.statcommons.access.JoinPolicy;
import org.statcommons.community.Community;
import org.statcommons.content.Author;
import org.statcommons.content.PageEdit;
import org.statcommons.content.SavePage;
import org.statcommons.support.Fixtures;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.Visitor;
import org.statcommons.support.Visitor.Page;

/**
 * Large and hostile pages through the web: a page that cannot be shown formatted is refused with the reason, a
 * version of a page is rendered once however often it is read, and rendering never holds the space's write lock.
 */
@StatCommonsIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageRenderingIntegrationTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient db;

    @Autowired
    PageRenderer renderer;

    @Autowired
    SavePage savePage;

    Community community;
    String space;
    Visitor facilitator;
    Visitor member;

    @BeforeAll
    void setUp() {
        community = fixtures.community("Rendering", JoinPolicy.BY_INVITATION);
        space = Fixtures.space(community);
        facilitator = fixtures.signedIn(fixtures.member(community, "Fala Facilitator", CommunityRole.FACILITATOR));
        member = fixtures.signedIn(fixtures.member(community, "Mose Member", CommunityRole.MEMBER));
    }

    @Test
    void aPageThatCannotBeShownFormattedIsRefusedWithTheReason() {
        // F3: this saved, then its page and the space's broken-link listing answered 500 for every reader
        Page refused = fixtures.page(facilitator, community, "deep", "Deep", "Intro\n\n" + ">".repeat(10_000));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text()).contains("This text cannot be shown formatted: it nests more than 100 levels deep");
        assertThat(member.get(space + "/deep").status()).isEqualTo(404);
        assertThat(member.get(space + "/-/broken-links").status()).isEqualTo(200);
    }

    @Test
    void aSecondViewOfALargePageIsNotRenderedAgain() {
        // F2: a page over 16 KB was rendered on every view; 160 KB of "<" took 23.5 s each time
        String body = "A paragraph on *census* methods with a [link](other.md) and <angles>.\n\n".repeat(2_300);
        assertThat(body.length()).isGreaterThan(160_000);
        assertThat(fixtures.page(facilitator, community, "large", "Large", body).status())
                .isEqualTo(200);
        assertThat(member.get(space + "/large").status()).isEqualTo(200);
        // an editor reads links to missing pages as "create" links, and the broken-links list asks for none: a
        // rendering of their own, once each
        assertThat(facilitator.get(space + "/large").status()).isEqualTo(200);
        assertThat(member.get(space + "/-/broken-links").status()).isEqualTo(200);

        long rendered = renderer.renders();
        Page again = member.get(space + "/large");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body()).contains("<em>census</em>", "&lt;angles&gt;");
        assertThat(facilitator.get(space + "/large").status()).isEqualTo(200);
        assertThat(member.get(space + "/-/broken-links").text()).contains("Large", "other.md");
        assertThat(renderer.renders()).as("no page was rendered again").isEqualTo(rendered);

        // a new version is a new rendering
        assertThat(fixtures.page(facilitator, community, "other", "Other", "Now the link leads here.")
                        .status())
                .isEqualTo(200);
        assertThat(member.get(space + "/large").body()).doesNotContain("other.md</code>");
        assertThat(renderer.renders()).isGreaterThan(rendered);
    }

    @Test
    void savingALargePageDoesNotHoldUpASaveOfAnotherPage() throws Exception {
        // F2: a 160 KB page took 21 s to save while holding the space's write lock, so every other save waited
        Author author = new Author("Fala Facilitator", "fala@example.org");
        savePage.save(community.id(), new PageEdit("warm-up.md", "Warm-up", "Small.", null, "Warm up"), author);
        String large = "*a".repeat(500_000);
        CompletableFuture<Void> saving = CompletableFuture.runAsync(() -> savePage.save(
                community.id(), new PageEdit("slow.md", "Slow", large, null, "Save a large page"), author));
        // the large page is being checked (rendered) now, before its save takes the space's lock; the small page's
        // save must be written meanwhile, not after the large page's commit (its search index after the commit is
        // quick now that it reuses the check's plain text, so finishing before it proves nothing)
        Thread.sleep(100);
        long started = System.nanoTime();
        savePage.save(
                community.id(),
                new PageEdit("quick.md", "Quick", "A small page, quickword.", null, "Save a small page"),
                author);
        Duration quick = Duration.ofNanos(System.nanoTime() - started);
        assertThat(committed("slow.md") || saving.isDone())
                .as("the small page (saved in %s) waited for the large page's rendering", quick)
                .isFalse();
        saving.get(60, TimeUnit.SECONDS);
        assertThat(member.get("/search?q=quickword").body()).contains(space + "/quick\"");
    }

    private boolean committed(String path) {
        return db.sql("select count(*) from content.pages where community_id = ? and path = ?")
                        .params(community.id(), path)
                        .query(Long.class)
                        .single()
                > 0;
    }
}
