package org.statcommons.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.statcommons.support.HostileMarkdown;

/** The text the search index keeps, made from hostile pages at the page size limit (1 MB). */
class SearchTextLimitsTests {

    static final int PAGE = 1_000_000;

    @Test
    void everyHostilePageIsIndexedInLinearTime() {
        for (HostileMarkdown.Text text : HostileMarkdown.all(PAGE)) {
            Duration cpu = HostileMarkdown.cpuTime(text, SearchText::ofMarkdown);
            assertThat(cpu).as(text.toString()).isLessThan(HostileMarkdown.bound(PAGE));
        }
    }
}
