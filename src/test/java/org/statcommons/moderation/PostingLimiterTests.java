package org.statcommons.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** How links are counted in a post, and how a wait is said. */
class PostingLimiterTests {

    @Test
    void countsWebAddressesBareWwwAndMailLinks() {
        assertThat(PostingLimiter.links(null)).isZero();
        assertThat(PostingLimiter.links("No links, just www and http as words."))
                .isZero();
        assertThat(PostingLimiter.links("[our site](https://example.org/a) and <http://b.example>"))
                .isEqualTo(2);
        assertThat(PostingLimiter.links("www.shop.example, HTTPS://LOUD.EXAMPLE, mailto:sales@example.org"))
                .isEqualTo(3);
        assertThat(PostingLimiter.links("https://a.example/www.b.example"))
                .as("one address with www inside")
                .isEqualTo(1);
    }

    @Test
    void waitsAreSaidInWholeUnits() {
        assertThat(Wording.duration(Duration.ofMillis(200)).english()).isEqualTo("1 second");
        assertThat(Wording.duration(Duration.ofSeconds(42)).english()).isEqualTo("42 seconds");
        assertThat(Wording.duration(Duration.ofSeconds(61)).english()).isEqualTo("2 minutes");
        assertThat(Wording.duration(Duration.ofMinutes(59).plusSeconds(30)).english())
                .isEqualTo("60 minutes");
        assertThat(Wording.duration(Duration.ofHours(3)).english()).isEqualTo("3 hours");
    }
}
