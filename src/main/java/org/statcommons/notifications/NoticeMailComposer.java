package org.statcommons.notifications;

import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.statcommons.identity.Account;
import org.statcommons.mail.OutgoingMail;
import org.statcommons.platform.StatCommonsProperties;
import org.statcommons.platform.TimePresenter;
import org.statcommons.platform.activity.Activity;
import org.statcommons.platform.i18n.Bundles;
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
     * One e-mail about one activity, for a person who chose "immediately" for the community; times in the title are
     * shown in the recipient's zone ({@code times}).
     */
    OutgoingMail immediate(String to, long accountId, TimePresenter times, Activity activity, String communityName) {
        StringBuilder body = new StringBuilder();
        String title = times.text(activity.title());
        body.append(title).append("\n\n");
        String excerpt = shortened(activity.excerpt());
        if (!excerpt.isEmpty()) {
            body.append(excerpt).append("\n\n");
        }
        body.append("Open: ").append(properties.link(activity.link())).append("\n\n");
        String unsubscribe = properties.link("/unsubscribe/" + tokens.forCommunity(accountId, activity.communityId()));
        body.append("-- \n")
                .append("You chose to hear of ")
                .append(communityName)
                .append(" immediately.\n")
                .append("Your choices: ")
                .append(properties.link("/account/notifications"))
                .append('\n')
                .append("No more e-mail from ")
                .append(communityName)
                .append(": ")
                .append(unsubscribe)
                .append('\n');
        return withUnsubscribe(OutgoingMail.text(to, "[" + communityName + "] " + title, body.toString()), unsubscribe);
    }

    /** A digest: the notices since the last one, grouped by community and kind, each a line and a link. */
    OutgoingMail digest(
            String to, long accountId, TimePresenter times, String period, List<DigestSection> sections, int total) {
        StringBuilder body = new StringBuilder();
        body.append("Your ")
                .append(period)
                .append(" digest from StatCommons: ")
                .append(total)
                .append(total == 1 ? " notification.\n" : " notifications.\n");
        for (DigestSection section : sections) {
            body.append("\n== ").append(section.communityName()).append(" ==\n");
            for (DigestSection.Group group : section.groups()) {
                body.append("\n")
                        .append(group.label())
                        .append(" (")
                        .append(group.lines().size())
                        .append(")\n");
                for (DigestSection.Line line : group.lines()) {
                    body.append("- ")
                            .append(times.text(line.title()))
                            .append("\n  ")
                            .append(properties.link(line.link()))
                            .append('\n');
                }
            }
        }
        String unsubscribe = properties.link("/unsubscribe/" + tokens.forEveryCommunity(accountId));
        body.append("\n-- \n")
                .append("All notifications: ")
                .append(properties.link("/notifications"))
                .append('\n')
                .append("Your choices: ")
                .append(properties.link("/account/notifications"))
                .append('\n')
                .append("No more notification e-mail at all: ")
                .append(unsubscribe)
                .append('\n');
        String subject =
                "Your " + period + " StatCommons digest: " + total + (total == 1 ? " notification" : " notifications");
        return withUnsubscribe(OutgoingMail.text(to, subject, body.toString()), unsubscribe);
    }

    /** The same e-mail, answerable: replies go to {@code replyAddress}, and its first line says so. */
    OutgoingMail answerable(OutgoingMail mail, String replyAddress, Account reader) {
        Locale language = reader.language().map(Language::locale).orElse(Locale.ENGLISH);
        return mail.withReplyTo(
                replyAddress, Bundles.bundled().format("notifications.mail.reply-to-answer", new Object[0], language));
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
