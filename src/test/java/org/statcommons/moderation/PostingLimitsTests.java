package org.statcommons.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** How links are counted in a post, and how a wait is said. */
class PostingLimitsTests {

    @Test
    void countsWebAddressesBareWwwAndMailLinks() {
        assertThat(PostingLimits.links(null)).isZero();
        assertThat(PostingLimits.links("No links, just www and http as words.")).isZero();
        assertThat(PostingLimits.links("[our site](https://example.org/a) and <http://b.example>"))
                .isEqualTo(2);
        assertThat(PostingLimits.links("www.shop.example, HTTPS://LOUD.EXAMPLE, mailto:sales@example.org"))
                .isEqualTo(3);
        assertThat(PostingLimits.links("https://a.example/www.b.example"))
                .as("one address with www inside")
                .isEqualTo(1);
    }

    @Test
    void waitsAreSaidInWholeUnits() {
        assertThat(Wording.duration(Duration.ofMillis(200))).isEqualTo("1 second");
        assertThat(Wording.duration(Duration.ofSeconds(42))).isEqualTo("42 seconds");
        assertThat(Wording.duration(Duration.ofSeconds(61))).isEqualTo("2 minutes");
        assertThat(Wording.duration(Duration.ofMinutes(59).plusSeconds(30))).isEqualTo("60 minutes");
        assertThat(Wording.duration(Duration.ofHours(3))).isEqualTo("3 hours");
    }
}
