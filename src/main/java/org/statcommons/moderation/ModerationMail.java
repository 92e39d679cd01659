package org.statcommons.moderation;

import org.springframework.stereotype.Component;
import org.statcommons.identity.Account;
import org.statcommons.mail.OutgoingMail;
import org.statcommons.mail.Outbox;
import org.statcommons.platform.StatCommonsProperties;

/**
 * Tells a member what the moderators decided about them or their content, and why, queued in the decision's
 * transaction. Plain text, with a link to the code of conduct when the decision was taken in a community.
 */
@Component
class ModerationMail {

    private final Outbox outbox;
    private final StatCommonsProperties properties;

    ModerationMail(Outbox outbox, StatCommonsProperties properties) {
        this.outbox = outbox;
        this.properties = properties;
    }

    /**
     * @param where  "the community “Name”" or "StatCommons"
     * @param slug   the community's address, or null for a decision about a profile
     */
    void send(Account to, String subject, String what, String why, String where, String slug) {
        StringBuilder body = new StringBuilder("Hello " + to.displayName() + ",\n\n" + what + "\n");
        if (why != null && !why.isBlank()) {
            body.append("\nThe moderators' reason:\n").append(why).append("\n");
        }
        if (slug != null) {
            body.append("\nThe code of conduct of ").append(where).append(":\n")
                    .append(properties.link("/c/" + slug + "/code-of-conduct")).append("\n");
        }
        body.append("\nIf you think this is a mistake, reply to the secretariat of ").append(where).append(".\n");
        outbox.enqueue(OutgoingMail.text(to.email(), subject, body.toString()));
    }
}
