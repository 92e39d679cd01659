package org.statcommons.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.statcommons.community.Community;
import org.statcommons.support.Fixtures;
import org.statcommons.support.StatCommonsIntegrationTest;

/** The page view's one query for a page's moderation mark and public version answers as the two it replaces. */
@StatCommonsIntegrationTest
class PublicationMarksIntegrationTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    Publications publications;

    @Autowired
    HiddenPages hiddenPages;

    @Test
    void hiddenAndPublishedAreThoseOfThatPageOfThatSpaceOnly() {
        Community community = fixtures.community("Publication marks");
        Community other = fixtures.community("Publication marks elsewhere");
        Publications.Published published = new Publications.Published(
                community.id(),
                "published.md",
                "Published",
                "a".repeat(40),
                "b".repeat(40),
                Instant.now().truncatedTo(ChronoUnit.SECONDS),
                "Cleo Editor");
        publications.save(published);
        publications.save(new Publications.Published(
                other.id(), "both.md", "Elsewhere", "c".repeat(40), "d".repeat(40), Instant.now(), "Someone"));
        hiddenPages.mark(community.id(), "hidden.md", true);
        hiddenPages.mark(other.id(), "published.md", true);
        publications.save(new Publications.Published(
                community.id(), "both.md", "Both", "e".repeat(40), "f".repeat(40), Instant.now(), "Cleo Editor"));
        hiddenPages.mark(community.id(), "both.md", true);

        assertThat(publications.marks(community.id(), "plain.md"))
                .isEqualTo(new Publications.Marks(false, Optional.empty()));
        assertThat(publications.marks(community.id(), "hidden.md"))
                .isEqualTo(new Publications.Marks(true, Optional.empty()));
        assertThat(publications.marks(community.id(), "published.md"))
                .isEqualTo(new Publications.Marks(false, Optional.of(published)));
        Publications.Marks both = publications.marks(community.id(), "both.md");
        assertThat(both.hidden()).isTrue();
        assertThat(both.published()).map(Publications.Published::title).contains("Both");
        for (String path : new String[] {"plain.md", "hidden.md", "published.md", "both.md"}) {
            assertThat(publications.marks(community.id(), path))
                    .isEqualTo(new Publications.Marks(
                            hiddenPages.hidden(community.id(), path), publications.published(community.id(), path)));
        }
    }
}
