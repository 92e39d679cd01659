package org.statcommons.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTests {

    private final Markdown markdown = new Markdown();

    @Test
    void aCheckedTextsWordsAreKeptFromTheCheckForTheSearchIndex() {
        String checked = "# Linkage\n\nRecord **every** decision in the [log](https://example.org/log).";

        assertThat(markdown.problem(checked)).isEmpty();

        // the page's file ends with a line break its checked text had not: the same words, kept, not parsed again
        String kept = markdown.plainText(checked + "\n");
        assertThat(kept).isEqualTo(Markdown.toPlainText(checked)).contains("Record every decision in the \"log\"");
        assertThat(markdown.plainText(checked)).isSameAs(kept);
        // a text never checked is parsed as before; a text beyond the bounds is not kept and reads as written
        assertThat(markdown.plainText("Not *checked*.")).isEqualTo("Not checked.");
        String tooDeep = ">".repeat(Markdown.MAX_NESTING + 50) + " deep";
        assertThat(markdown.problem(tooDeep)).isPresent();
        assertThat(markdown.plainText(tooDeep)).isEqualTo(Markdown.toPlainText(tooDeep));
    }

    @Test
    void rendersCommonFormattingAndGitHubExtensions() {
        String html = markdown.toHtml("""
                # Seasonal adjustment

                Some **bold**, *italic*, ~~old~~ and `code`.

                | Method | Tool |
                |:-------|-----:|
                | X-13   | JDemetra+ |

                - one
                - two

                > quoted
                """);

        assertThat(html)
                .contains(
                        "<h1>Seasonal adjustment</h1>",
                        "<strong>bold</strong>",
                        "<em>italic</em>",
                        "<del>old</del>",
                        "<code>code</code>",
                        "<table>",
                        "<th align=\"left\">Method</th>",
                        "<td align=\"right\">JDemetra&#43;</td>",
                        "<li>one</li>",
                        "<blockquote>");
    }

    @Test
    void taskListsShowReadOnlyTickBoxesAndNoOtherFormControls() {
        String html = markdown.toHtml("""
                - [x] agree the terms of reference
                - [ ] draft chapter 2

                <input type="text" name="x"> <input type="checkbox"> <form action="/evil"><button>go</button></form>
                """);
        assertThat(html)
                .contains("<input type=\"checkbox\" disabled=\"\" checked=\"\" />")
                .contains("agree the terms of reference")
                .contains("<input type=\"checkbox\" disabled=\"\" />");
        assertThat(html.split("<input", -1)).hasSize(3);
        assertThat(html).doesNotContain("<form", "<button", "type=\"text\"");
    }

    @Test
    void linksGetNofollowAndNoopener() {
        String html = markdown.toHtml("[SDMX](https://sdmx.org/) and www.example.org and <mailto:a@example.org>");

        assertThat(html)
                .contains(
                        "href=\"https://sdmx.org/\"",
                        "href=\"http://www.example.org\"",
                        "href=\"mailto:a&#64;example.org\"");
        assertThat(html.split("rel=\"nofollow noopener\"", -1)).hasSize(4);
    }

    @Test
    void rawHtmlIsShownAsTextNotExecuted() {
        String html = markdown.toHtml(
                "Hello <script>alert(1)</script> <b onclick=\"x()\">bold</b>\n\n<iframe src=\"https://evil.example\"></iframe>");

        assertThat(html).doesNotContain("<script", "<b ", "<iframe", "onclick=\"");
        assertThat(html).contains("&lt;script&gt;");
    }

    @Test
    void imageWithEventHandlerLosesTheHandler() {
        String html = markdown.toHtml(
                "<img src=x onerror=alert(1)>\n\n![chart](https://example.org/c.png \"t\" onerror=\"alert(1)\")");

        assertThat(html).doesNotContain("<img src=\"x\"", "onerror=\"");
    }

    @Test
    void scriptLinksAreDropped() {
        String html = markdown.toHtml("""
                [click](javascript:alert(1))
                [click2](JaVaScRiPt:alert(1))
                [click3](java&#x09;script:alert(1))
                [data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)
                [vb](vbscript:msgbox(1))
                """);

        assertThat(html.toLowerCase()).doesNotContain("javascript:", "data:", "vbscript:", "href=\"java");
        assertThat(html).contains("click", "click2", "data");
    }

    @Test
    void imagesOnlyFromThisServerOrHttps() {
        assertThat(markdown.toHtml("![a](/files/chart.png)")).contains("<img src=\"/files/chart.png\" alt=\"a\" />");
        assertThat(markdown.toHtml("![a](https://example.org/chart.png)"))
                .contains("src=\"https://example.org/chart.png\"");
        assertThat(markdown.toHtml("![a](http://tracker.example/pixel.gif)")).doesNotContain("<img");
        assertThat(markdown.toHtml("![a](//tracker.example/pixel.gif)")).doesNotContain("<img");
        assertThat(markdown.toHtml("![a](/\\tracker.example/pixel.gif)")).doesNotContain("<img");
        assertThat(markdown.toHtml("![a](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)"))
                .doesNotContain("<img", "data:");
        assertThat(markdown.toHtml("![a](javascript:alert(1))")).doesNotContain("<img", "javascript:");
        assertThat(markdown.toHtml("![src](http://tracker.example/pixel.gif)")).doesNotContain("<img");
    }

    @Test
    void svgAndStylePayloadsDoNotSurvive() {
        String html = markdown.toHtml("""
                <svg onload="alert(1)"><script>alert(2)</script></svg>

                <style>body{display:none}</style>

                <a href="javascript:alert(3)" style="color:red">x</a>
                """);

        assertThat(html).doesNotContain("<svg", "<style", "<a ", "style=\"");
    }

    @Test
    void sanitiserStandsEvenIfHtmlReachesIt() {
        // Code blocks keep their language class; a class carrying anything else is dropped.
        assertThat(markdown.toHtml("```python\nprint(1)\n```")).contains("<code class=\"language-python\">");
        assertThat(markdown.toHtml("```x\" onmouseover=\"alert(1)\nprint(1)\n```"))
                .doesNotContain("onmouseover=\"");
    }

    @Test
    void blankOrMissingSourceIsEmpty() {
        assertThat(markdown.toHtml(null)).isEmpty();
        assertThat(markdown.toHtml("  \n ")).isEmpty();
    }

    @Test
    void anExcerptIsOneLineOfPlainText() {
        assertThat(Markdown.excerpt(
                        "# Sampling\n\nUse **stratified**\n  samples, see [the guide](https://example.org/g).\n"))
                .isEqualTo("Sampling Use stratified samples, see \"the guide\" (https://example.org/g).");
        assertThat(Markdown.excerpt(null)).isEmpty();
        assertThat(Markdown.excerpt("  \n ")).isEmpty();
    }

    @Test
    void aLongExcerptIsCutAtAWordWithoutSplittingACharacter() {
        String emoji = "😀".repeat(Markdown.EXCERPT_LENGTH + 10);
        String cut = Markdown.excerpt(emoji);
        assertThat(cut).endsWith("…");
        assertThat(cut.codePointCount(0, cut.length())).isEqualTo(Markdown.EXCERPT_LENGTH);
        assertThat(cut.substring(0, cut.length() - 1).codePoints()).allMatch(cp -> cp == "😀".codePointAt(0));

        String words = "price index ".repeat(60);
        String atWord = Markdown.excerpt(words);
        assertThat(atWord.codePointCount(0, atWord.length())).isLessThanOrEqualTo(Markdown.EXCERPT_LENGTH);
        assertThat(atWord).endsWith("index…").doesNotContain(" …");
    }
}
