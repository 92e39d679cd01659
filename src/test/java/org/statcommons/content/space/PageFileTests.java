package org.statcommons.content.space;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.statcommons.content.SpacePath;

class PageFileTests {

    @Test
    void writesFrontMatterThenBody() {
        assertThat(PageFile.of("Data integration", "Some *text*.\n\n\n").text())
                .isEqualTo("---\ntitle: Data integration\n---\n\nSome *text*.\n");
    }

    @Test
    void readsWhatItWrites() {
        for (String title :
                new String[] {"Plain", "\"Quoted\" start", "# not a comment", "back\\slash \"q\"", "a: b", " x"}) {
            PageFile file = PageFile.parse(PageFile.of(title, "Body\nline two").bytes());
            assertThat(file.title("fallback")).isEqualTo(title.strip().isEmpty() ? "fallback" : title);
            assertThat(file.body()).isEqualTo("Body\nline two\n");
        }
    }

    @Test
    void keepsOtherFieldsInAStableOrder() {
        PageFile file = PageFile.parse("---\nzeta: 1\ntitle: T\nalpha: 'it''s'\n---\nBody\n");
        assertThat(file.fields()).isEqualTo(Map.of("zeta", "1", "title", "T", "alpha", "it's"));
        assertThat(file.text()).isEqualTo("---\ntitle: T\nalpha: it's\nzeta: 1\n---\n\nBody\n");
    }

    @Test
    void readsFilesWithoutFrontMatterAsBody() {
        PageFile plain = PageFile.parse("# Heading\r\n\r\ntext");
        assertThat(plain.fields()).isEmpty();
        assertThat(plain.body()).isEqualTo("# Heading\n\ntext");
        assertThat(plain.title(new SpacePath("notes/meeting-minutes.md"))).isEqualTo("meeting-minutes");
        PageFile unterminated = PageFile.parse("---\ntitle: never closed\nbody");
        assertThat(unterminated.fields()).isEmpty();
        assertThat(PageFile.parse("---\ntitle: only\n---").title("x")).isEqualTo("only");
    }
}
