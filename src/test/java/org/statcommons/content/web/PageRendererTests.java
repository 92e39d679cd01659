package org.statcommons.content.web;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.statcommons.platform.Markdown;

import static org.assertj.core.api.Assertions.assertThat;

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
        PageRenderer.Rendered rendered = renderer.render("See [[Data Sources]], [[Gone|the gone page]] and `[[code]]`.", "a/b.md",
                links(Set.of("m/sources.md"), Map.of("data sources", "m/sources.md")));
        assertThat(rendered.html()).contains("<a href=\"/s/m/sources.md\"", ">Data Sources</a>", "the gone page", "<code>[[code]]</code>");
        assertThat(rendered.broken()).extracting(PageRenderer.PageLink::text).containsExactly("the gone page");
    }

    @Test
    void relativeLinksResolveAgainstThePagesFolder() {
        PageRenderer.Rendered rendered = renderer.render("[a](../m/x.md#part) [b](y) [c](https://example.org/z.md) [d](../../out.md)",
                "guide/intro.md", links(Set.of("m/x.md"), Map.of()));
        assertThat(rendered.html()).contains("href=\"/s/m/x.md#part\"", "href=\"/s/guide/y.md\"", "href=\"https://example.org/z.md\"");
        assertThat(rendered.broken()).extracting(PageRenderer.PageLink::path).containsExactly("guide/y.md");
    }

    @Test
    void headingsGetUniqueAnchors() {
        PageRenderer.Rendered rendered = renderer.render("# Über uns\n\n## Scope\n\n## Scope\n\n## <b>!</b>", "p.md",
                links(Set.of(), Map.of()));
        assertThat(rendered.toc()).extracting(PageRenderer.Heading::id).containsExactly("über-uns", "scope", "scope-2", "section");
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
        String html = renderer.render("[the *private* page](private.md) and [[Private]]", "p.md", none).html();
        assertThat(html).contains("the <em>private</em> page", "Private").doesNotContain("<a");
    }
}
