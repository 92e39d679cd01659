package org.statcommons.comments;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.springframework.stereotype.Component;
import org.statcommons.platform.Markdown;
import org.statcommons.platform.WeightedCache;

/**
 * Comments are written in a subset of Markdown: emphasis, strikethrough, links, code, lists and quotes.
 * They are rendered (and sanitised) like pages by {@link Markdown}, then narrowed further: headings, tables
 * and rules become plain text and images are dropped, so a comment cannot shout or load anything.
 */
@Component
class CommentRenderer {

    private static final PolicyFactory SUBSET = new HtmlPolicyBuilder()
            .allowElements("p", "br", "em", "strong", "del", "s", "code", "pre", "blockquote", "ul", "ol", "li", "a")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href", "title")
            .onElements("a")
            .requireRelsOnLinks("nofollow", "noopener")
            .toFactory();

    private final Markdown markdown;
    /** Narrowed comments by their text, like {@link Markdown#toHtml}'s: a thread is read far more often than written. */
    private final WeightedCache<String, String> narrowed =
            new WeightedCache<>(4_000_000, (body, html) -> body.length() + html.length());

    CommentRenderer(Markdown markdown) {
        this.markdown = markdown;
    }

    String render(String body) {
        if (body == null) {
            return "";
        }
        String html = narrowed.get(body);
        if (html == null) {
            html = SUBSET.sanitize(markdown.toHtml(body));
            narrowed.put(body, html);
        }
        return html;
    }
}
