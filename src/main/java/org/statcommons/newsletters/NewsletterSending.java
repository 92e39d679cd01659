package org.statcommons.newsletters;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Community;
import org.statcommons.identity.Accounts;
import org.statcommons.mail.OutgoingMail;
import org.statcommons.mail.Outbox;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.SecretTokens;
import org.statcommons.platform.activity.Activity;
import org.statcommons.platform.activity.ActivityKind;
import org.statcommons.platform.activity.Subject;
import org.statcommons.platform.activity.Visibility;
import org.statcommons.platform.Markdown;

/**
 * Sends a draft, once: in one transaction the newsletter's row is locked, every message is stored in the
 * outbox with one statement, every delivery (with the hash of its unsubscribe link) with another, and the
 * newsletter becomes SENT. Two clicks on "Send" queue one set of messages; a failure queues none.
 */
@Service
class NewsletterSending {

    private static final Logger log = LoggerFactory.getLogger(NewsletterSending.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final Permissions permissions;
    private final Newsletters newsletters;
    private final Recipients recipients;
    private final Deliveries deliveries;
    private final NewsletterMail mail;
    private final Outbox outbox;
    private final SecretTokens secrets;
    private final Accounts accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    NewsletterSending(Permissions permissions, Newsletters newsletters, Recipients recipients, Deliveries deliveries,
                      NewsletterMail mail, Outbox outbox, SecretTokens secrets, Accounts accounts,
                      ApplicationEventPublisher events, Clock clock) {
        this.clock = clock;
        this.permissions = permissions;
        this.newsletters = newsletters;
        this.recipients = recipients;
        this.deliveries = deliveries;
        this.mail = mail;
        this.outbox = outbox;
        this.secrets = secrets;
        this.accounts = accounts;
        this.events = events;
    }

    /** Sends the draft; returns how many it went to. */
    @Transactional
    int send(Actor actor, Community community, long newsletterId) {
        permissions.require(actor, Action.SEND_NEWSLETTER, community.id());
        Newsletter newsletter = newsletters.lock(community.id(), newsletterId)
                .orElseThrow(() -> new NotFoundException("There is no newsletter #" + newsletterId + " in this community."));
        if (newsletter.sent()) {
            throw new ConflictException("This newsletter was already sent on " + DAY.format(newsletter.sentAt())
                    + ". A newsletter goes out once; write a new one.");
        }
        List<Recipients.Recipient> to = recipients.of(community.id());
        if (to.isEmpty()) {
            throw new InvalidInputException("", "Nobody would receive this newsletter: every member has opted out and no "
                    + "one has confirmed a subscription yet. It stays a draft; nothing was sent.");
        }
        NewsletterMail.Rendered rendered = mail.render(community, newsletter);
        List<OutgoingMail> messages = new ArrayList<>(to.size());
        List<byte[]> hashes = new ArrayList<>(to.size());
        for (Recipients.Recipient recipient : to) {
            String secret = secrets.newSecret();
            hashes.add(secrets.hash(secret));
            messages.add(mail.newsletter(recipient.email(), rendered, secret));
        }
        List<Long> ids = outbox.enqueueAll(messages);
        List<Deliveries.Delivery> sent = new ArrayList<>(to.size());
        for (int i = 0; i < to.size(); i++) {
            Recipients.Recipient recipient = to.get(i);
            sent.add(new Deliveries.Delivery(ids.get(i), recipient.email(), recipient.accountId(), recipient.subscriberId(),
                    hashes.get(i)));
        }
        deliveries.recordAll(newsletter.id(), sent);
        String sender = accounts.byId(actor.accountId()).map(a -> a.displayName()).orElse("The secretariat");
        if (!newsletters.markSent(newsletter.id(), actor.accountId(), sender, to.size())) {
            throw new ConflictException("This newsletter was sent meanwhile. A newsletter goes out once.");
        }
        // public by nature; members get the newsletter itself, so no one is notified of it
        events.publishEvent(Activity.of(ActivityKind.NEWSLETTER_SENT, community.id(), clock.instant())
                .by(actor.accountId(), sender)
                .title(sender + " sent the newsletter “" + newsletter.subject() + "”")
                .excerpt(Markdown.excerpt(newsletter.body()))
                .link("/c/" + community.slug() + "/newsletters/" + newsletter.id())
                .visibleTo(Visibility.PUBLIC)
                .about(Subject.of("newsletter", newsletter.id()))
                .mailedByFeature()
                .build());
        log.info("Newsletter #{} of community {} queued for {} recipients", newsletter.id(), community.slug(), to.size());
        return to.size();
    }

    /** The first lines of the Markdown as plain text, for the activity stream. */
}
