package org.statcommons.mail;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where every feature puts the e-mail a change causes. A message is stored in the caller's transaction: if the
 * change that caused it rolls back, no message goes; if it commits, the message is safe even while the relay is
 * down, and the sender is woken to send it.
 */
@Service
public class Outbox {

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);

    private final OutboxMessages messages;
    private final OutboxSender sender;
    private final SmtpRelay relay;

    Outbox(OutboxMessages messages, OutboxSender sender, SmtpRelay relay) {
        this.messages = messages;
        this.sender = sender;
        this.relay = relay;
    }

    /** Whether an SMTP relay is configured; without one, messages are held for administrators at /admin/outbox. */
    public boolean relayConfigured() {
        return relay.configured();
    }

    @Transactional
    public long enqueue(OutgoingMail mail) {
        long id = messages.insert(mail);
        log.info("Queued e-mail #{} to {}: {}", id, mail.recipient(), mail.subject());
        // sent as soon as the change is committed, rather than at the next poll
        sender.kickAfterCommit();
        return id;
    }

    /**
     * Stores many messages with one statement, in the caller's transaction: for notifications that tell
     * thousands of people at once (a post to a large community, a digest run) and newsletters, where one insert
     * per message would be thousands of round trips. All or none. Returns their ids in the order of {@code mails}.
     */
    @Transactional
    public List<Long> enqueueAll(List<OutgoingMail> mails) {
        if (mails.isEmpty()) {
            return List.of();
        }
        List<Long> ids = messages.insertAll(mails);
        log.info("Queued {} e-mails", ids.size());
        sender.kickAfterCommit();
        return ids;
    }
}
