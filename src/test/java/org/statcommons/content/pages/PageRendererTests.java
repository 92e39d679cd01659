package org.statcommons.content.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.statcommons.content.Passage;
import org.statcommons.platform.Markdown;
import org.statcommons.platform.i18n.Language;

class PageRendererTests {

    private final PageRenderer renderer = new PageRenderer(new Markdown());

    private static PageLinks links(Set<String> paths, Map<String, String> titles) {
        return new PageLinks() {
            @Override
            public String href(String path) {
                return "/s/" + path;
            }

            @Override
            public boolean exists(String path) {
                return paths.contains(path);
            }

            @Override
            public String pathOfTitle(String title) {
                return titles.get(title.toLowerCase());
            }
        };
    }

    @Test
    void wikiLinksByTitleBecomeLinksAndMissingOnesAreReported() {
        PageRenderer.Rendered rendered = renderer.render(
                "See [[Data Sources]], [[Gone|the gone page]] and `[[code]]`.",
                "a/b.md",
                links(Set.of("m/sources.md"), Map.of("data sources", "m/sources.md")));
        assertThat(rendered.html())
                .contains("<a href=\"/s/m/sources.md\"", ">Data Sources</a>", "the gone page", "<code>[[code]]</code>");
        assertThat(rendered.broken()).extracting(PageRenderer.PageLink::text).containsExactly("the gone page");
    }

    @Test
    void linksToMissingPagesOfferTheirFormOrSayTheyDoNotExistYet() {
        PageLinks creating = missing("/new", Language.ENGLISH);
        String html = renderer.render("See [[Field Manual]] and [x](y.md).", "a/b.md", creating)
                .html();
        // the page a [[title]] names goes beside the linking page; a relative link names its own path
        assertThat(html)
                .contains("<a href=\"/new?path", "a/field-manual.md", "a/y.md", ">Field Manual</a>")
                .contains("title=\"This page does not exist yet: create it\"")
                .doesNotContain("/s/a/y.md");

        PageLinks noting = missing("", Language.ENGLISH);
        assertThat(renderer.render("See [[Field Manual]].", "a/b.md", noting).html())
                .contains("See Field Manual (this page does not exist yet).")
                .doesNotContain("<a");
    }

    @Test
    void aMissingPagesWordsAreTheReadersEvenWhenTheVersionWasRenderedForAnother() {
        String source = "See [[Field Manual]] and [the plan](plan.md).";
        assertThat(renderer.render("blob-missing", source, "a/b.md", missing("/new", Language.ENGLISH))
                        .html())
                .contains("title=\"This page does not exist yet: create it\"");
        assertThat(renderer.render("blob-missing", source, "a/b.md", missing("/new", Language.FRENCH))
                        .html())
                .contains("title=\"Cette page n’existe pas encore : créez-la\"")
                .doesNotContain("does not exist");
        assertThat(renderer.render("blob-missing", source, "a/b.md", missing("", Language.ARABIC))
                        .html())
                .contains("Field Manual (هذه الصفحة غير موجودة بعد)", "the plan (هذه الصفحة غير موجودة بعد)");
        assertThat(renderer.render("blob-missing", source, "a/b.md", missing("", Language.CHINESE))
                        .html())
                .contains("Field Manual&#xff08;此页面尚不存在&#xff09;");
    }

    /** Links to pages that all do not exist, offering this form (or none), for a reader of this language. */
    private static PageLinks missing(String form, Language language) {
        return new PageLinks() {
            @Override
            public String href(String path) {
                return "/s/" + path;
            }

            @Override
            public boolean exists(String path) {
                return false;
            }

            @Override
            public String pathOfTitle(String title) {
                return null;
            }

            @Override
            public String missingHref(String path, String title) {
                return form.isEmpty() ? form : form + "?path=" + path;
            }

            @Override
            public Language language() {
                return language;
            }
        };
    }

    @Test
    void relativeLinksResolveAgainstThePagesFolder() {
        PageRenderer.Rendered rendered = renderer.render(
                "[a](../m/x.md#part) [b](y) [c](https://example.org/z.md) [d](../../out.md)",
                "guide/intro.md",
                links(Set.of("m/x.md"), Map.of()));
        assertThat(rendered.html())
                .contains("href=\"/s/m/x.md#part\"", "href=\"/s/guide/y.md\"", "href=\"https://example.org/z.md\"");
        assertThat(rendered.broken()).extracting(PageRenderer.PageLink::path).containsExactly("guide/y.md");
    }

    @Test
    void headingsGetUniqueAnchors() {
        PageRenderer.Rendered rendered =
                renderer.render("# Über uns\n\n## Scope\n\n## Scope\n\n## <b>!</b>", "p.md", links(Set.of(), Map.of()));
        assertThat(rendered.toc())
                .extracting(PageRenderer.Heading::id)
                .containsExactly("über-uns", "scope", "scope-2", "section");
        assertThat(rendered.html()).contains("<h2 id=\"scope-2\">");
    }

    @Test
    void linksTheReaderMayNotFollowKeepTheirWords() {
        PageLinks none = new PageLinks() {
            @Override
            public String href(String path) {
                return null;
            }

            @Override
            public boolean exists(String path) {
                return true;
            }

            @Override
            public String pathOfTitle(String title) {
                return "private.md";
            }
        };
        String html = renderer.render("[the *private* page](private.md) and [[Private]]", "p.md", none)
                .html();
        assertThat(html).contains("the <em>private</em> page", "Private").doesNotContain("<a");
    }

    @Test
    void aVersionIsRenderedOnceForReadersWhoseLinksAnswerAlike() {
        String text = "See [[Data Sources]], [the new page](new.md) and ![chart](b.files/chart.png).";
        long before = renderer.renders();
        PageRenderer.Rendered first = renderer.render(
                "blob-1", text, "a/b.md", links(Set.of("m/sources.md"), Map.of("data sources", "m/sources.md")));
        PageRenderer.Rendered again = renderer.render(
                "blob-1", text, "a/b.md", links(Set.of("m/sources.md"), Map.of("data sources", "m/sources.md")));
        assertThat(again).isSameAs(first);
        assertThat(renderer.renders()).isEqualTo(before + 1);
        assertThat(first.broken()).extracting(PageRenderer.PageLink::path).containsExactly("a/new.md");

        // the page it links to appears: the answers differ, so it is rendered again, and both are remembered
        PageRenderer.Rendered later = renderer.render(
                "blob-1",
                text,
                "a/b.md",
                links(Set.of("m/sources.md", "a/new.md"), Map.of("data sources", "m/sources.md")));
        assertThat(later.broken()).isEmpty();
        assertThat(renderer.render(
                        "blob-1",
                        text,
                        "a/b.md",
                        links(Set.of("m/sources.md"), Map.of("data sources", "m/sources.md"))))
                .isSameAs(first);
        // another version of the page, or the same text at another path, is another rendering
        renderer.render(
                "blob-2", text, "a/b.md", links(Set.of("m/sources.md"), Map.of("data sources", "m/sources.md")));
        renderer.render(
                "blob-1", text, "c/b.md", links(Set.of("m/sources.md"), Map.of("data sources", "m/sources.md")));
        assertThat(renderer.renders()).isEqualTo(before + 4);
    }

    @Test
    void theFilesAPageShowsAreThoseTheReaderMayOpen() {
        PageLinks files = new PageLinks() {
            @Override
            public String href(String path) {
                return "/s/" + path;
            }

            @Override
            public boolean exists(String path) {
                return true;
            }

            @Override
            public String pathOfTitle(String title) {
                return null;
            }

            @Override
            public String fileHref(String path) {
                return path.endsWith(".png") ? "/files/" + path : null;
            }
        };
        PageRenderer.Rendered rendered =
                renderer.render("blob-3", "![chart](b.files/chart.png) [data](b.files/data.csv)", "a/b.md", files);
        assertThat(rendered.files()).containsExactly("a/b.files/chart.png");
        assertThat(rendered.html()).contains("src=\"/files/a/b.files/chart.png\"");
    }

    @Test
    void aPageTooDeepToFormatIsShownAsWrittenWithoutLinksOrContents() {
        PageRenderer.Rendered rendered = renderer.render(
                "blob-4",
                "# Title\n\n" + ">".repeat(50_000) + " [[Data Sources]]",
                "a/b.md",
                links(Set.of(), Map.of("data sources", "m/sources.md")));
        assertThat(rendered.html())
                .startsWith("<p class=\"warning\">This text could not be formatted (it nests more than 100 levels deep")
                .contains("# Title", "&gt;&gt;&gt;", "[[Data Sources]]")
                .doesNotContain("<a ", "<blockquote");
        assertThat(rendered.toc()).isEmpty();
        assertThat(rendered.links()).isEmpty();
    }

    @Test
    void shortWikiLinksToLongAddressesAreBoundedLikeReferences() {
        String text = "[[a]] ".repeat(100_000);
        PageRenderer.Rendered rendered =
                renderer.render(text, "p.md", links(Set.of(), Map.of("a", "a/" + "folder/".repeat(30) + "a.md")));
        assertThat(rendered.html())
                .startsWith("<p class=\"warning\">This text could not be formatted (its links repeat more than");
    }

    @Test
    void eachTopLevelBlockIsAPassageWithItsTextAndItsPlaceInTheHtml() {
        PageRenderer.Rendered rendered = renderer.render(
                "# Prices\n\nThe *index* uses [[Data Sources]]\nand `weights`.\n\n- one\n- two\n\n---\n\n"
                        + "| a | b |\n|---|---|\n| 1 | 2 |\n\n> quoted <b>bold</b>\n\n```\ncode()\n```\n\n[ref]: https://example.org\n",
                "a/b.md",
                links(Set.of("m/sources.md"), Map.of("data sources", "m/sources.md")));
        List<Passage> passages = rendered.passages();
        assertThat(passages)
                .extracting(Passage::text)
                .containsExactly(
                        "Prices",
                        "The index uses Data Sources and weights.",
                        "one two",
                        "",
                        "a b 1 2",
                        "quoted <b>bold</b>",
                        "code()");
        assertThat(passages).extracting(Passage::number).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(passages.get(0).html()).startsWith("<h1 id=\"prices\">");
        assertThat(passages.get(1).html()).contains("<a href=\"/s/m/sources.md\"", "<em>index</em>");
        assertThat(passages.get(5).html()).contains("&lt;b&gt;").doesNotContain("<b>");
        assertThat(passages.get(3).hasText()).isFalse();
        // the passages are the page's HTML, cut in pieces: nothing added, nothing lost
        assertThat(String.join("", passages.stream().map(Passage::html).toList()))
                .isEqualTo(rendered.html());
    }

    @Test
    void aPageShownAsWrittenHasNoPassages() {
        PageRenderer.Rendered rendered = renderer.render(">".repeat(50_000), "a/b.md", links(Set.of(), Map.of()));
        assertThat(rendered.passages()).isEmpty();
    }
}
