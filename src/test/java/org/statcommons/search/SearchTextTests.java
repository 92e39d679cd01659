package org.statcommons.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.statcommons.platform.InvalidInputException;

class SearchTextTests {

    @Test
    void snippetsAreEscapedAndOnlyTheMarkersBecomeMarkup() {
        String marked = "<script>x</script> & " + SearchText.MARK_START + "census" + SearchText.MARK_END + " \"2025\"";
        assertThat(SearchText.highlighted(marked))
                .isEqualTo("&lt;script&gt;x&lt;/script&gt; &amp; <mark>census</mark> &quot;2025&quot;");
    }

    @Test
    void indexedTextIsPlainWithoutMarkersOrControlCharacters() {
        assertThat(SearchText.ofMarkdown("# Census\n\n*Population* [count](https://x.example)"))
                .contains("Census")
                .contains("Population")
                .doesNotContain("*")
                .doesNotContain("](");
        assertThat(SearchText.clean("a\u0000b" + SearchText.MARK_START + "c\nd"))
                .isEqualTo("abc\nd");
        assertThat(SearchText.clean("x".repeat(200_000))).hasSize(SearchText.MAX_LENGTH);
    }

    @Test
    void aLongRunOfNotsIsRefusedNotHandedToPostgresql() {
        assertThat(SearchText.query("census -agriculture --trade")).isEqualTo("census -agriculture --trade");
        assertThat(SearchText.query("-".repeat(SearchText.MAX_NOTS_IN_A_ROW) + "x"))
                .hasSize(SearchText.MAX_NOTS_IN_A_ROW + 1);
        for (String typed :
                new String[] {"-".repeat(40), "x " + "- ".repeat(25) + "y", "\"x\"" + "-(!".repeat(30) + "y"}) {
            assertThatThrownBy(() -> SearchText.query(typed))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("Too many '-' in a row");
        }
        assertThat(SearchText.mostNotsInARow("well-known state-of-the-art")).isEqualTo(1);
        assertThat(SearchText.mostNotsInARow("a - - b -- c")).isEqualTo(2);
    }

    @Test
    void queriesLoseControlCharactersAndAreCut() {
        assertThat(SearchText.query(null)).isEmpty();
        assertThat(SearchText.query("  \u0000 census\u0007 ")).isEqualTo("census");
        assertThat(SearchText.query("é".repeat(1000)).codePointCount(0, 256)).isEqualTo(256);
    }
}
