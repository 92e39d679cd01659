package org.statcommons.newsletters;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.statcommons.community.Community;
import org.statcommons.mail.OutgoingMail;
import org.statcommons.platform.Markdown;
import org.statcommons.platform.StatCommonsProperties;
import org.statcommons.platform.Text;
import org.statcommons.platform.i18n.Language;

/**
 * Writes the e-mails of this feature: a newsletter (its Markdown as the text part, which reads well as it is, and
 * the rendered Markdown as a simple HTML part) with RFC 8058 one-click unsubscribe headers, and the
 * confirmation a public subscriber receives.
 */
@Component
class NewsletterMailer {

    static final String UNSUBSCRIBE_PATH = "/newsletters/unsubscribe/";

    private final Markdown markdown;
    private final StatCommonsProperties properties;

    NewsletterMailer(Markdown markdown, StatCommonsProperties properties) {
        this.markdown = markdown;
        this.properties = properties;
    }

    /** The parts every recipient shares, rendered once for thousands of messages. */
    record Rendered(String subject, String text, String html, String archiveLink) {}

    Rendered render(Community community, Newsletter newsletter) {
        String archive = properties.link("/c/" + community.slug() + "/newsletters/" + newsletter.id());
        return new Rendered(
                community.name() + ": " + newsletter.subject(),
                newsletter.text(),
                markdown.toHtml(newsletter.text()),
                archive);
    }

    /**
     * One recipient's copy: the newsletter as its editor wrote it, with the links under it in the recipient's
     * {@code language}.
     */
    OutgoingMail newsletter(String to, Language language, Rendered rendered, String unsubscribeSecret) {
        String unsubscribe = properties.link(UNSUBSCRIBE_PATH + unsubscribeSecret);
        String online = Text.of("newsletters.mail.online").in(language);
        String stop = Text.of("newsletters.mail.stop").in(language);
        String text = rendered.text() + "\n\n-- \n"
                + online + ": " + rendered.archiveLink() + "\n"
                + stop + ": " + unsubscribe + "\n";
        // the newsletter's own text sets its direction by its first letters; the links under it follow the reader's
        String html = "<!DOCTYPE html><html lang=\"" + language.tag() + "\"><body><div dir=\"auto\">"
                + rendered.html()
                + "</div><hr><p dir=\"" + language.direction() + "\"><a href=\""
                + HtmlUtils.htmlEscape(rendered.archiveLink()) + "\">" + HtmlUtils.htmlEscape(online) + "</a> · "
                + "<a href=\"" + HtmlUtils.htmlEscape(unsubscribe)
                + "\">" + HtmlUtils.htmlEscape(stop) + "</a></p></body></html>";
        return OutgoingMail.text(to, rendered.subject(), text)
                .withHtml(html)
                .inLanguage(language)
                .withHeader("List-Unsubscribe", "<" + unsubscribe + ">")
                .withHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    }

    /** To the address typed on the subscription form, in the language of the page it was typed on. */
    OutgoingMail confirmation(String to, Language language, Community community, String secret) {
        String body = Text.of(
                                "newsletters.mail.confirm",
                                community.name(),
                                properties.link("/c/" + community.slug() + "/newsletters/confirm/" + secret))
                        .in(language)
                + "\n";
        return OutgoingMail.text(
                        to,
                        Text.of("newsletters.mail.confirm.subject", community.name())
                                .in(language),
                        body)
                .inLanguage(language);
    }
}
