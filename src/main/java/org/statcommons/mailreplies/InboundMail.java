package org.statcommons.mailreplies;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.identity.Accounts;
import org.statcommons.platform.ByteSize;
import org.statcommons.platform.EmailAddress;
import org.statcommons.platform.Text;

/**
 * Where a reply enters, whichever way it came (the IMAP mailbox, the SMTP listener, or a benchmark): stored first,
 * whole, known by its Message-ID; handled after ({@link ProcessReplies}). A message over the size limit is never
 * read: the mailbox's sender gets a bounce, the SMTP client a refusal.
 */
@Service
public class InboundMail {

    private static final Session PARSING = Session.getInstance(new Properties());

    private final InboundMessages inbound;
    private final Accounts accounts;
    private final ReplyMails mails;
    private final MailReplyProperties properties;

    InboundMail(InboundMessages inbound, Accounts accounts, ReplyMails mails, MailReplyProperties properties) {
        this.inbound = inbound;
        this.accounts = accounts;
        this.mails = mails;
        this.properties = properties;
    }

    /** Stores a reply as it arrived (RFC 5322 bytes); false when the same message came before. */
    public boolean receive(byte[] raw) {
        String messageId = null;
        String sender = null;
        try {
            MimeMessage headers = new MimeMessage(PARSING, new ByteArrayInputStream(raw));
            messageId = headers.getMessageID();
            sender = ProcessReplies.sender(headers)
                    .map(InternetAddress::getAddress)
                    .orElse(null);
        } catch (MessagingException unreadable) {
            // stored all the same: handling it records that it could not be read
        }
        return inbound.store(idOf(messageId, raw), sender, raw);
    }

    /** A message larger than the limit, seen by its headers only: recorded as refused, its sender told. */
    @Transactional
    public boolean refuseTooLarge(String messageId, Optional<InternetAddress> from, long size) {
        String id = idOf(
                messageId,
                (messageId + "|" + from.map(InternetAddress::getAddress).orElse("") + "|" + size)
                        .getBytes(StandardCharsets.UTF_8));
        String sender = from.map(InternetAddress::getAddress).orElse(null);
        if (!inbound.storeRefused(id, sender, "too large: " + size + " bytes")) {
            return false;
        }
        if (sender != null) {
            Locale language = ProcessReplies.language(accounts.byEmail(new EmailAddress(sender)));
            mails.refused(
                    sender,
                    language,
                    Text.of(
                            "mailreplies.bounce.too-large",
                            ByteSize.of(properties.maxSize().toBytes())));
        }
        return true;
    }

    long maxSize() {
        return properties.maxSize().toBytes();
    }

    /** The Message-ID, or for a message without one, a hash of what it holds: the same bytes are the same reply. */
    private static String idOf(String messageId, byte[] raw) {
        if (messageId != null && !messageId.isBlank()) {
            return messageId.strip();
        }
        try {
            return "sha256:"
                    + HexFormat.of()
                            .formatHex(MessageDigest.getInstance("SHA-256").digest(raw));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
