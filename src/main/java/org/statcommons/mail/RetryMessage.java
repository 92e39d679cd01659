package org.statcommons.mail;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;

/** An administrator sends a failed or held message again, with a fresh set of attempts. */
@Service
class RetryMessage {

    private static final Logger log = LoggerFactory.getLogger(RetryMessage.class);

    private final Permissions permissions;
    private final OutboxMessages messages;
    private final OutboxSender sender;

    RetryMessage(Permissions permissions, OutboxMessages messages, OutboxSender sender) {
        this.permissions = permissions;
        this.messages = messages;
        this.sender = sender;
    }

    /** A message that was sent, or is waiting anyway, is a conflict: it is never sent twice. */
    @Transactional
    void retry(Actor actor, long id) {
        permissions.require(actor, Action.MANAGE_PLATFORM);
        if (!messages.requeue(id)) {
            if (messages.find(id).isEmpty()) {
                throw new NotFoundException(Text.of("mail.message.not-found", Long.toString(id)));
            }
            throw new ConflictException(Text.of("mail.message.not-retryable"));
        }
        log.info("E-mail #{} put back in the queue by an administrator", id);
        sender.kickAfterCommit();
    }
}
