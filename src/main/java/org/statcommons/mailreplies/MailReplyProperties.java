package org.statcommons.mailreplies;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings under {@code statcommons.mail-replies.*} (see docs/configuration.md). With no {@code domain}, no
 * notification carries a reply address; with no {@code imap.host}, no mailbox is read; without
 * {@code smtp.enabled}, no SMTP port is opened. Both ways may be on at once.
 *
 * @param domain       the domain of reply addresses ({@code reply+<secret>@<domain>}); its mail must reach the
 *                     mailbox read below or the SMTP listener
 * @param maxSize      a larger message is not fetched from the mailbox (its sender gets a bounce) and is refused
 *                     by the SMTP listener ({@code 552})
 * @param imap         the mailbox replies arrive in
 * @param smtp         the SMTP listener replies arrive at
 * @param pollInterval how often the mailbox is read and waiting replies handled
 */
@ConfigurationProperties("statcommons.mail-replies")
record MailReplyProperties(
        @DefaultValue("") String domain,
        @DefaultValue("10MB") DataSize maxSize,
        @DefaultValue Imap imap,
        @DefaultValue Smtp smtp,
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

    /**
     * An SMTP listener inside the server, the mail exchanger of the reply domain (or behind one): it takes mail
     * for live reply addresses only and refuses everything else during the SMTP conversation.
     *
     * @param enabled                opens the port; off by default
     * @param port                   the port listened on (a mail exchanger is reached on 25: forward it here)
     * @param bindAddress            the local address listened on; the loopback by default, so that opening the
     *                               port to the world is a choice
     * @param maxConnections         connections at once, from everyone
     * @param maxConnectionsPerSender connections at once from one remote address
     * @param messagesPerMinute      messages taken from one remote address in a minute; more are told to come back later (450)
     * @param longestConnection      a connection still open after this is closed (a slow client holds no place)
     * @param tlsKeystore            a PKCS #12 keystore holding the certificate and key offered by STARTTLS;
     *                               empty: no STARTTLS
     * @param tlsKeystorePassword    its password
     */
    record Smtp(
            @DefaultValue("false") boolean enabled,
            @DefaultValue("2525") int port,
            @DefaultValue("127.0.0.1") String bindAddress,
            @DefaultValue("20") int maxConnections,
            @DefaultValue("3") int maxConnectionsPerSender,
            @DefaultValue("30") int messagesPerMinute,
            @DefaultValue("PT10M") Duration longestConnection,
            @DefaultValue("") String tlsKeystore,
            @DefaultValue("") String tlsKeystorePassword) {}

    boolean repliesOn() {
        return !domain.isBlank();
    }
}
