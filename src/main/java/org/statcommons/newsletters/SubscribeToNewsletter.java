package org.statcommons.newsletters;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Community;
import org.statcommons.mail.Outbox;
import org.statcommons.platform.EmailAddress;
import org.statcommons.platform.SecretTokens;
import org.statcommons.platform.i18n.Language;

/**
 * Subscribes an address, anyone's, to a community's newsletter with double opt-in: the address receives nothing
 * until the link in the confirmation e-mail is used ({@link ConfirmSubscription}).
 */
@Service
class SubscribeToNewsletter {

    /** A confirmation e-mail goes at most once an hour to an address, however often it is typed in. */
    static final Duration RESEND_AFTER = Duration.ofHours(1);

    private final Permissions permissions;
    private final Subscribers subscribers;
    private final NewsletterMailer mail;
    private final Outbox outbox;
    private final SecretTokens secrets;
    private final Clock clock;

    SubscribeToNewsletter(
            Permissions permissions,
            Subscribers subscribers,
            NewsletterMailer mail,
            Outbox outbox,
            SecretTokens secrets,
            Clock clock) {
        this.permissions = permissions;
        this.subscribers = subscribers;
        this.mail = mail;
        this.outbox = outbox;
        this.secrets = secrets;
        this.clock = clock;
    }

    /**
     * Asks for a confirmation of the address. The answer is the same whether the address was new, pending,
     * confirmed or recently asked, so the form tells no one who subscribes.
     */
    @Transactional
    void subscribe(Actor actor, Community community, EmailAddress email) {
        permissions.require(actor, Action.VIEW_COMMUNITY_LANDING, community.id());
        Instant now = clock.instant();
        Subscribers.Subscriber subscriber = subscribers.lockOrCreate(community.id(), email.value(), now);
        if ("CONFIRMED".equals(subscriber.status())) {
            return;
        }
        if (subscriber.confirmationSentAt() != null
                && subscriber.confirmationSentAt().isAfter(now.minus(RESEND_AFTER))) {
            return;
        }
        String secret = secrets.newSecret();
        long outboxId = outbox.enqueue(mail.confirmation(email.value(), Language.ofRequest(), community, secret));
        subscribers.confirmationSent(subscriber.id(), secrets.hash(secret), outboxId, now);
    }
}
