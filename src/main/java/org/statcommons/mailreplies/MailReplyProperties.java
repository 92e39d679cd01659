package org.statcommons.mailreplies;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings under {@code statcommons.mail-replies.*} (see docs/configuration.md). With no {@code domain}, no
 * notification carries a reply address; with no {@code imap.host}, no mailbox is read.
 *
 * @param domain       the domain of reply addresses ({@code reply+<secret>@<domain>}); its mail must reach the
 *                     mailbox read below
 * @param maxSize      a larger message is not fetched: its sender gets a bounce
 * @param imap         the mailbox replies arrive in
 * @param pollInterval how often the mailbox is read and waiting replies handled
 */
@ConfigurationProperties("statcommons.mail-replies")
record MailReplyProperties(
        @DefaultValue("") String domain,
        @DefaultValue("10MB") DataSize maxSize,
        @DefaultValue Imap imap,
        @DefaultValue("PT30S") Duration pollInterval) {

    /**
     * An IMAP mailbox: every message in {@code folder} is taken, stored and deleted from it.
     *
     * @param ssl IMAP over TLS ({@code imaps}, usually port 993)
     */
    record Imap(
            @DefaultValue("") String host,
            @DefaultValue("993") int port,
            @DefaultValue("true") boolean ssl,
            @DefaultValue("") String username,
            @DefaultValue("") String password,
            @DefaultValue("INBOX") String folder) {

        boolean configured() {
            return !host.isBlank();
        }
    }

    boolean repliesOn() {
        return !domain.isBlank();
    }
}
