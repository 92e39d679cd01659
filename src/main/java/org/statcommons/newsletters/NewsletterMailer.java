package org.statcommons.newsletters;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.statcommons.community.Community;
import org.statcommons.mail.OutgoingMail;
import org.statcommons.platform.Markdown;
import org.statcommons.platform.StatCommonsProperties;

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

    OutgoingMail newsletter(String to, Rendered rendered, String unsubscribeSecret) {
        String unsubscribe = properties.link(UNSUBSCRIBE_PATH + unsubscribeSecret);
        String text = rendered.text() + "\n\n-- \n"
                + "Read it online: " + rendered.archiveLink() + "\n"
                + "Stop receiving this newsletter: " + unsubscribe + "\n";
        String html = "<!DOCTYPE html><html><body>" + rendered.html()
                + "<hr><p><a href=\"" + HtmlUtils.htmlEscape(rendered.archiveLink()) + "\">Read it online</a> · "
                + "<a href=\"" + HtmlUtils.htmlEscape(unsubscribe)
                + "\">Stop receiving this newsletter</a></p></body></html>";
        return OutgoingMail.text(to, rendered.subject(), text)
                .withHtml(html)
                .withHeader("List-Unsubscribe", "<" + unsubscribe + ">")
                .withHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    }

    OutgoingMail confirmation(String to, Community community, String secret) {
        String body = "Someone, probably you, asked to receive the newsletter of \"" + community.name()
                + "\" on StatCommons at this address.\n\n"
                + "To confirm, open this link within 7 days:\n"
                + properties.link("/c/" + community.slug() + "/newsletters/confirm/" + secret) + "\n\n"
                + "If you did not ask for it, ignore this message: nothing will be sent to you.\n";
        return OutgoingMail.text(to, "Confirm your subscription to the newsletter of " + community.name(), body);
    }
}
