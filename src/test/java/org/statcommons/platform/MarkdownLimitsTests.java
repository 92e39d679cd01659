package org.statcommons.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.statcommons.support.HostileMarkdown;

/**
 * Hostile Markdown at the size limit of each field that is rendered with {@link Markdown}: every text renders
 * in time proportional to its length (bounded below, with a wide margin for a shared machine; the quadratic
 * parsers before commonmark-java 0.30 took minutes at these sizes) and none overflows the stack. Plain text of
 * pages (1 MB) is tested where the search index makes it ({@code SearchTextLimitsTests}), and pages themselves
 * by {@code PageRendererLimitsTests}.
 */
class MarkdownLimitsTests {

    /** A discussion post or a newsletter: 100,000 characters. */
    static final int POST = 100_000;
    /** A page: 1 MB. */
    static final int PAGE = 1_000_000;

    private final Markdown markdown = new Markdown();

    @Test
    void everyHostileTextRendersToHtmlInLinearTimeAtThePostLimit() {
        for (HostileMarkdown.Text text : HostileMarkdown.all(POST)) {
            Duration cpu = HostileMarkdown.cpuTime(text, markdown::toHtml);
            assertThat(cpu).as(text.toString()).isLessThan(HostileMarkdown.bound(POST));
        }
    }

    @Test
    void everyHostileTextMakesAnExcerptInLinearTimeAtThePostLimit() {
        for (HostileMarkdown.Text text : HostileMarkdown.all(POST)) {
            Duration cpu = HostileMarkdown.cpuTime(text, Markdown::excerpt);
            assertThat(cpu).as(text.toString()).isLessThan(HostileMarkdown.bound(POST));
        }
    }

    @Test
    void deepNestingNeverOverflowsTheStack() {
        HostileMarkdown.Text[] deep = {
            new HostileMarkdown.Text("quotes in a comment", ">".repeat(10_000)),
            new HostileMarkdown.Text("quotes in a page", ">".repeat(PAGE)),
            new HostileMarkdown.Text("emphasis in a comment", HostileMarkdown.nestedEmphasis(5_000)),
            new HostileMarkdown.Text("emphasis in a post", HostileMarkdown.nestedEmphasis(POST / 2)),
            new HostileMarkdown.Text("images in a post", "![".repeat(POST / 4) + "x" + "](u)".repeat(POST / 8)),
            new HostileMarkdown.Text("lists in a page", HostileMarkdown.nestedList(PAGE)),
        };
        for (HostileMarkdown.Text text : deep) {
            HostileMarkdown.cpuTime(text, markdown::toHtml);
            HostileMarkdown.cpuTime(text, Markdown::toPlainText);
            HostileMarkdown.cpuTime(text, Markdown::excerpt);
        }
    }

    @Test
    void textNestedDeeperThanTheBoundIsShownAsWrittenUnderANotice() {
        String deep = ">".repeat(10_000) + " <script>alert(1)</script> & more";
        String html = markdown.toHtml(deep);
        assertThat(html)
                .startsWith("<p class=\"warning\">This text could not be formatted (it nests more than 100 levels deep")
                .contains(
                        "<pre class=\"unformatted\">&gt;&gt;&gt;",
                        "&lt;script&gt;alert(1)&lt;/script&gt; &amp; more</pre>")
                .doesNotContain("<blockquote", "<script");
        assertThat(markdown.problem(deep))
                .hasValueSatisfying(reason -> assertThat(reason.english()).contains("more than 100 levels"));
        assertThat(Markdown.toPlainText(deep)).isEqualTo(deep);
        assertThat(Markdown.excerpt(deep)).startsWith(">>>>").endsWith("…");

        String nested = "> ".repeat(30) + "quoted";
        assertThat(markdown.toHtml(nested).split("<blockquote>", -1)).hasSize(31);
        assertThat(markdown.problem(nested)).isEmpty();
    }

    @Test
    void aTableOfTooManyCellsIsShownAsWrittenUnderANotice() {
        String table = HostileMarkdown.paddedTable(300_000);
        assertThat(markdown.toHtml(table))
                .startsWith("<p class=\"warning\">This text could not be formatted (it has a table of more than "
                        + "100,000 cells)")
                .doesNotContain("<td>");
        assertThat(markdown.problem(table))
                .hasValue(Text.of("platform.markdown.table-too-large", Markdown.MAX_TABLE_CELLS));
        assertThat(markdown.problem("| a | b |\n|---|---|\n| 1 | 2 |\n")).isEmpty();
    }

    @Test
    void aLongAddressUsedAgainAndAgainIsNotRepeatedWithoutEnd() {
        String references = HostileMarkdown.repeatedReference(POST);
        assertThat(markdown.toHtml(references))
                .startsWith("<p class=\"warning\">This text could not be formatted (its links repeat more than")
                .hasSizeLessThan(2 * POST);
        assertThat(markdown.problem("[a]: https://example.org/guide\n\n" + "See [a]. ".repeat(1_000)))
                .isEmpty();
    }

    @Test
    void aLongTextIsRenderedOnceAndRemembered() {
        String post = "A *long* post about census methods.\n\n".repeat(4_000);
        assertThat(post.length()).isGreaterThan(100_000);
        String first = markdown.toHtml(post);
        assertThat(markdown.toHtml(new String(post.toCharArray()))).isSameAs(first);
    }
}
