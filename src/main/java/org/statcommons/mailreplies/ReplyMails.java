package org.statcommons.mailreplies;

import java.util.Locale;
import org.springframework.stereotype.Component;
import org.statcommons.mail.Outbox;
import org.statcommons.mail.OutgoingMail;
import org.statcommons.platform.StatCommonsProperties;
import org.statcommons.platform.Text;
import org.statcommons.platform.i18n.Bundles;

/**
 * The e-mails that answer a reply, in the language of the person when known: "your reply was posted" with its
 * link, or a bounce saying why it was not. Queued in the outbox in the transaction that posted or refused it.
 */
@Component
class ReplyMails {

    private final Outbox outbox;
    private final StatCommonsProperties properties;

    ReplyMails(Outbox outbox, StatCommonsProperties properties) {
        this.outbox = outbox;
        this.properties = properties;
    }

    void posted(String to, Locale language, String link, int attachments) {
        StringBuilder body =
                new StringBuilder(text(language, Text.of("mailreplies.posted.body", properties.link(link))));
        if (attachments > 0) {
            body.append("\n\n").append(text(language, Text.of("mailreplies.posted.attachments", attachments)));
        }
        outbox.enqueue(OutgoingMail.text(to, text(language, Text.of("mailreplies.posted.subject")), body.toString()));
    }

    /** A bounce: {@code reason} says why, in the reader's words. */
    void refused(String to, Locale language, Text reason) {
        refused(to, language, text(language, reason));
    }

    void refused(String to, Locale language, String reason) {
        String body = text(language, Text.of("mailreplies.bounce.body", reason, properties.link("/notifications")));
        outbox.enqueue(OutgoingMail.text(to, text(language, Text.of("mailreplies.bounce.subject")), body));
    }

    static String text(Locale language, Text text) {
        return Bundles.bundled().format(text.key(), text.getArguments(), language);
    }
}
