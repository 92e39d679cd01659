package org.statcommons.comments;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.springframework.stereotype.Component;
import org.statcommons.platform.Markdown;

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
            .allowAttributes("href", "title").onElements("a")
            .requireRelsOnLinks("nofollow", "noopener")
            .toFactory();

    private final Markdown markdown;

    CommentRenderer(Markdown markdown) {
        this.markdown = markdown;
    }

    String render(String body) {
        return body == null ? "" : SUBSET.sanitize(markdown.toHtml(body));
    }
}
