package org.statcommons.discussions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.statcommons.platform.Markdown;
import org.statcommons.platform.i18n.Language;

class QuoteTests {

    private static Post post(String author, String body) {
        return new Post(12, 5, 3, author, body, Post.State.VISIBLE, null, 1, Instant.EPOCH, null, List.of());
    }

    @Test
    void aQuoteIsABlockQuoteOfEveryLineUnderALinkToThePost() {
        String quote = Quote.of(
                post("Mele Taufa", "First line.\n\n- a list\n> an earlier quote"),
                "/c/x/discussions/5#post-12",
                Language.ENGLISH);
        assertThat(quote)
                .isEqualTo(
                        "> [Mele Taufa wrote](/c/x/discussions/5#post-12):\n>\n> First line.\n>\n> - a list\n> > an earlier quote\n\n");
        String html = new Markdown().toHtml(quote + "My reply.");
        assertThat(html)
                .contains("<blockquote>")
                .contains("href=\"/c/x/discussions/5#post-12\"")
                .contains("<li>a list</li>")
                .contains("<p>My reply.</p>");
    }

    @Test
    void punctuationInTheAuthorsNameCannotBreakTheLink() {
        for (Language language : Language.values()) {
            String quote =
                    Quote.of(post("Ana ] *K* [x](javascript:alert(1))", "Hi"), "/c/x/discussions/5#post-12", language);
            String html = new Markdown().toHtml(quote);
            assertThat(html)
                    .as(language.name())
                    .contains("href=\"/c/x/discussions/5#post-12\"")
                    .doesNotContain("javascript:alert(1)\"")
                    .doesNotContain("<em>");
        }
    }

    @Test
    void theLineNamingTheAuthorIsInTheLanguageOfThePersonQuoting() {
        Post post = post("Mele Taufa", "Bonjour.");
        assertThat(Quote.of(post, "/c/x/discussions/5#post-12", Language.FRENCH))
                .startsWith("> [Mele Taufa a écrit](/c/x/discussions/5#post-12):\n>\n> Bonjour.");
        assertThat(Quote.of(post, "/c/x/discussions/5#post-12", Language.ARABIC))
                .startsWith("> [كتب Mele Taufa](/c/x/discussions/5#post-12):");
        assertThat(new Markdown().toHtml(Quote.of(post, "/c/x/discussions/5#post-12", Language.CHINESE)))
                .contains(">Mele Taufa 写道</a>");
    }

    @Test
    void aFormerMemberIsNamedInTheReadersLanguage() {
        assertThat(Discussions.formerMember()).isEqualTo("Former member");
        LocaleContextHolder.setLocale(Locale.FRENCH);
        try {
            assertThat(Discussions.formerMember()).isEqualTo("Ancien membre");
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }
}
