package org.statcommons.notifications;

import java.util.List;
import org.springframework.stereotype.Component;
import org.statcommons.identity.Account;
import org.statcommons.mail.OutgoingMail;
import org.statcommons.platform.StatCommonsProperties;
import org.statcommons.platform.Text;
import org.statcommons.platform.TimePresenter;
import org.statcommons.platform.activity.Activity;
import org.statcommons.platform.activity.ActivityTitle;
import org.statcommons.platform.i18n.Language;

/**
 * The words of notification e-mails: short, plain text (readable on any client and connection), the link to
 * open, why it came, and how to stop it, in the body and in RFC 8058 one-click unsubscribe headers.
 */
@Component
class NoticeMailComposer {

    static final int EXCERPT_LENGTH = 300;

    private final StatCommonsProperties properties;
    private final UnsubscribeTokenSigner tokens;

    NoticeMailComposer(StatCommonsProperties properties, UnsubscribeTokenSigner tokens) {
        this.properties = properties;
        this.tokens = tokens;
    }

    /**
     * One e-mail about one activity, for a person who chose "immediately" for the community; its title (subject and
     * first line) in the recipient's language and zone ({@code times}), the e-mail's own words in their
     * {@code language}.
     */
    OutgoingMail immediate(
            String to,
            long accountId,
            TimePresenter times,
            Language language,
            Activity activity,
            String communityName) {
        StringBuilder body = new StringBuilder();
        String title = ActivityTitle.shown(activity.title(), activity.titleText(), times);
        body.append(title).append("\n\n");
        String excerpt = shortened(activity.excerpt());
        if (!excerpt.isEmpty()) {
            body.append(excerpt).append("\n\n");
        }
        body.append(Text.of("notifications.mail.open", properties.link(activity.link()))
                        .in(language))
                .append("\n\n");
        String unsubscribe = properties.link("/unsubscribe/" + tokens.forCommunity(accountId, activity.communityId()));
        body.append("-- \n")
                .append(Text.of(
                                "notifications.mail.immediate.footer",
                                communityName,
                                properties.link("/account/notifications"),
                                unsubscribe)
                        .in(language))
                .append('\n');
        return withUnsubscribe(
                OutgoingMail.text(to, "[" + communityName + "] " + title, body.toString())
                        .inLanguage(language),
                unsubscribe);
    }

    /**
     * A digest: the notices since the last one, grouped by community and kind, each a line and a link, in the
     * recipient's {@code language}.
     */
    OutgoingMail digest(
            String to,
            long accountId,
            TimePresenter times,
            Language language,
            DigestPeriod period,
            List<DigestSection> sections,
            int total) {
        StringBuilder body = new StringBuilder();
        body.append(Text.of("notifications.mail.digest.intro", period.word(), total)
                        .in(language))
                .append('\n');
        for (DigestSection section : sections) {
            body.append("\n== ").append(section.communityName()).append(" ==\n");
            for (DigestSection.Group group : section.groups()) {
                body.append("\n")
                        .append(Text.of("activity.kind." + group.kind().name()).in(language))
                        .append(" (")
                        .append(group.lines().size())
                        .append(")\n");
                for (DigestSection.Line line : group.lines()) {
                    body.append("- ")
                            .append(ActivityTitle.shown(line.title(), line.titleText(), times))
                            .append("\n  ")
                            .append(properties.link(line.link()))
                            .append('\n');
                }
            }
        }
        String unsubscribe = properties.link("/unsubscribe/" + tokens.forEveryCommunity(accountId));
        body.append("\n-- \n")
                .append(Text.of(
                                "notifications.mail.digest.footer",
                                properties.link("/notifications"),
                                properties.link("/account/notifications"),
                                unsubscribe)
                        .in(language))
                .append('\n');
        String subject = Text.of("notifications.mail.digest.subject", period.word(), total)
                .in(language);
        return withUnsubscribe(OutgoingMail.text(to, subject, body.toString()).inLanguage(language), unsubscribe);
    }

    /** The same e-mail, answerable: replies go to {@code replyAddress}, and its first line says so. */
    OutgoingMail answerable(OutgoingMail mail, String replyAddress, Account reader) {
        return mail.withReplyTo(
                replyAddress,
                Text.of("notifications.mail.reply-to-answer")
                        .in(reader.language().orElse(Language.ENGLISH)));
    }

    private static OutgoingMail withUnsubscribe(OutgoingMail mail, String unsubscribeUrl) {
        return mail.withHeader("List-Unsubscribe", "<" + unsubscribeUrl + ">")
                .withHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    }

    static String shortened(String text) {
        String plain = text == null ? "" : text.strip();
        return plain.length() <= EXCERPT_LENGTH
                ? plain
                : plain.substring(0, EXCERPT_LENGTH - 1).stripTrailing() + "…";
    }
}
