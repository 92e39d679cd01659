package org.statcommons.mailreplies;

import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reads the IMAP mailbox replies arrive in, when one is configured, then handles what is waiting. Each message is
 * stored before it is deleted from the mailbox: a stop in between hands it over again at the next run, and its
 * Message-ID keeps it from being stored twice. A message over the size limit is judged by the size the server
 * gives and never fetched.
 */
@Component
class ReplyMailbox {

    private static final Logger log = LoggerFactory.getLogger(ReplyMailbox.class);
    /** Messages taken per connection; the rest wait for the next run. */
    static final int BATCH = 500;

    private final MailReplyProperties properties;
    private final InboundMail inbound;
    private final ProcessReplies replies;

    ReplyMailbox(MailReplyProperties properties, InboundMail inbound, ProcessReplies replies) {
        this.properties = properties;
        this.inbound = inbound;
        this.replies = replies;
    }

    @Scheduled(initialDelayString = "PT5S", fixedDelayString = "${statcommons.mail-replies.poll-interval:PT30S}")
    void poll() {
        try {
            if (properties.imap().configured()) {
                read();
            }
            replies.processWaiting();
        } catch (MessagingException | IOException | RuntimeException e) {
            // the mailbox or the database may be briefly unreachable; the next run tries again
            log.warn("Replies by e-mail could not be read: {}", e.toString());
        }
    }

    /** Takes up to {@link #BATCH} messages from the mailbox. */
    void read() throws MessagingException, IOException {
        MailReplyProperties.Imap imap = properties.imap();
        String protocol = imap.ssl() ? "imaps" : "imap";
        Properties settings = new Properties();
        settings.put("mail." + protocol + ".connectiontimeout", "10000");
        settings.put("mail." + protocol + ".timeout", "60000");
        try (Store store = Session.getInstance(settings).getStore(protocol)) {
            store.connect(imap.host(), imap.port(), imap.username(), imap.password());
            Folder folder = store.getFolder(imap.folder());
            folder.open(Folder.READ_WRITE);
            try {
                int count = Math.min(folder.getMessageCount(), BATCH);
                if (count == 0) {
                    return;
                }
                Message[] messages = folder.getMessages(1, count);
                FetchProfile profile = new FetchProfile();
                profile.add(FetchProfile.Item.ENVELOPE);
                profile.add(FetchProfile.Item.SIZE);
                folder.fetch(messages, profile);
                for (Message message : messages) {
                    take((MimeMessage) message);
                    message.setFlag(Flags.Flag.DELETED, true);
                }
            } finally {
                // expunges what was taken
                folder.close(true);
            }
        }
    }

    private void take(MimeMessage message) throws MessagingException, IOException {
        long size = message.getSize();
        if (size > inbound.maxSize()) {
            inbound.refuseTooLarge(message.getMessageID(), ProcessReplies.sender(message), size);
            return;
        }
        ByteArrayOutputStream raw = new ByteArrayOutputStream(size > 0 ? (int) size : 8192);
        message.writeTo(raw);
        inbound.receive(raw.toByteArray());
    }
}
