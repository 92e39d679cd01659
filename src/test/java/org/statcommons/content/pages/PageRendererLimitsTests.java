package org.statcommons.content.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.statcommons.platform.Markdown;
import org.statcommons.support.HostileMarkdown;

/** Hostile pages at the page size limit (1 MB) through the page renderer, wiki links and relative links included. */
class PageRendererLimitsTests {

    static final int PAGE = 1_000_000;

    private final PageRenderer renderer = new PageRenderer(new Markdown());

    /** Every title resolves to a page in a deep folder, so a short wiki link becomes a long address. */
    private static final PageLinks LINKS = new PageLinks() {
        @Override
        public String href(String path) {
            return "/c/community/space/" + path;
        }

        @Override
        public boolean exists(String path) {
            return path.startsWith("a");
        }

        @Override
        public String pathOfTitle(String title) {
            return "a/" + "folder/".repeat(30) + title + ".md";
        }
    };

    @Test
    void everyHostilePageRendersInLinearTime() {
        for (HostileMarkdown.Text text : HostileMarkdown.all(PAGE)) {
            Duration cpu = HostileMarkdown.cpuTime(text, source -> renderer.render(source, "guide/intro.md", LINKS));
            assertThat(cpu).as(text.toString()).isLessThan(HostileMarkdown.bound(PAGE));
        }
    }
}
