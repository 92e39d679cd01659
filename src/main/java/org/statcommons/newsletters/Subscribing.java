package org.statcommons.newsletters;

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
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.SecretTokens;

/**
 * Who receives newsletters, changed by the people concerned: a public subscription with double opt-in (the
 * address receives nothing until the link in the confirmation e-mail is used), a member's choice, and the
 * one-click unsubscribe link of every newsletter.
 */
@Service
class Subscribing {

    /** A confirmation e-mail goes at most once an hour to an address, however often it is typed in. */
    static final Duration RESEND_AFTER = Duration.ofHours(1);
    static final Duration LINK_VALID = Duration.ofDays(7);

    private final Permissions permissions;
    private final Subscribers subscribers;
    private final Deliveries deliveries;
    private final NewsletterMail mail;
    private final Outbox outbox;
    private final SecretTokens secrets;

    Subscribing(Permissions permissions, Subscribers subscribers, Deliveries deliveries, NewsletterMail mail, Outbox outbox,
                SecretTokens secrets) {
        this.permissions = permissions;
        this.subscribers = subscribers;
        this.deliveries = deliveries;
        this.mail = mail;
        this.outbox = outbox;
        this.secrets = secrets;
    }

    /**
     * Asks for a confirmation of the address. The answer is the same whether the address was new, pending,
     * confirmed or recently asked, so the form tells no one who subscribes.
     */
    @Transactional
    void subscribe(Actor actor, Community community, String typedEmail) {
        permissions.require(actor, Action.VIEW_COMMUNITY_LANDING, community.id());
        EmailAddress email = EmailAddress.parse("email", typedEmail);
        Subscribers.Subscriber subscriber = subscribers.lockOrCreate(community.id(), email.value());
        if ("CONFIRMED".equals(subscriber.status())) {
            return;
        }
        if (subscriber.confirmationSentAt() != null
                && subscriber.confirmationSentAt().isAfter(Instant.now().minus(RESEND_AFTER))) {
            return;
        }
        String secret = secrets.newSecret();
        long outboxId = outbox.enqueue(mail.confirmation(email.value(), community, secret));
        subscribers.confirmationSent(subscriber.id(), secrets.hash(secret), outboxId);
    }

    /** Confirms the subscription whose link this is; returns its community. */
    @Transactional
    long confirm(String secret) {
        byte[] hash = secrets.hash(secret == null ? "" : secret);
        return subscribers.confirm(hash, Instant.now().minus(LINK_VALID)).orElseThrow(() -> new NotFoundException(
                subscribers.pendingLink(hash)
                        ? "This confirmation link has expired. Subscribe again on the community's newsletter page to get a new one."
                        : "This confirmation link is not valid, or was used already."));
    }

    /** The community an unsubscribe link is for, to ask before acting; a link that is not one is refused. */
    long communityOf(String secret) {
        return deliveries.byUnsubscribeHash(secrets.hash(secret == null ? "" : secret)).map(Deliveries.Recipient::communityId)
                .orElseThrow(() -> new NotFoundException("This unsubscribe link is not valid."));
    }

    /** The one-click unsubscribe of a newsletter's link: a member opts out, a subscriber leaves. Returns the community. */
    @Transactional
    long unsubscribe(String secret) {
        Deliveries.Recipient recipient = deliveries.byUnsubscribeHash(secrets.hash(secret == null ? "" : secret))
                .orElseThrow(() -> new NotFoundException("This unsubscribe link is not valid."));
        if (recipient.accountId() != null) {
            subscribers.optOut(recipient.communityId(), recipient.accountId());
        } else {
            subscribers.unsubscribe(recipient.subscriberId());
        }
        return recipient.communityId();
    }

    /** A member's own choice, on the community's newsletter page. */
    @Transactional
    void choose(Actor actor, Community community, boolean receive) {
        permissions.require(actor, Action.VIEW_COMMUNITY_INSIDE, community.id());
        if (receive) {
            subscribers.optIn(community.id(), actor.accountId());
        } else {
            subscribers.optOut(community.id(), actor.accountId());
        }
    }

    boolean receives(Actor actor, Community community) {
        return actor.signedIn() && !subscribers.optedOut(community.id(), actor.accountId());
    }
}
