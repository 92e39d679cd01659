package org.statcommons.newsletters;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
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
import org.statcommons.identity.Account;
import org.statcommons.identity.Accounts;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.Markdown;
import org.statcommons.platform.Text;
import org.statcommons.platform.activity.Activity;
import org.statcommons.platform.activity.ActivityKind;
import org.statcommons.platform.activity.Subject;
import org.statcommons.platform.activity.Visibility;

/**
 * Sends a draft, once, to the members who have not opted out and the confirmed subscribers: in one transaction
 * the newsletter's row is locked, its messages and deliveries are queued ({@link NewsletterDispatcher}), and the
 * newsletter becomes SENT. Two clicks on "Send" queue one set of messages; a failure queues none.
 */
@Service
class SendNewsletter {

    private static final Logger log = LoggerFactory.getLogger(SendNewsletter.class);
    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final Permissions permissions;
    private final Newsletters newsletters;
    private final RecipientFinder recipients;
    private final NewsletterDispatcher dispatcher;
    private final Accounts accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SendNewsletter(
            Permissions permissions,
            Newsletters newsletters,
            RecipientFinder recipients,
            NewsletterDispatcher dispatcher,
            Accounts accounts,
            ApplicationEventPublisher events,
            Clock clock) {
        this.permissions = permissions;
        this.newsletters = newsletters;
        this.recipients = recipients;
        this.dispatcher = dispatcher;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    /** Sends the draft; returns how many it went to. */
    @Transactional
    int send(Actor actor, Community community, long newsletterId) {
        permissions.require(actor, Action.SEND_NEWSLETTER, community.id());
        Newsletter newsletter = newsletters.lockInCommunity(community, newsletterId);
        if (newsletter.sent()) {
            throw new ConflictException(Text.of("newsletters.send.already-sent", DAY.format(newsletter.sentAt())));
        }
        List<RecipientFinder.Recipient> to = recipients.of(community.id());
        if (to.isEmpty()) {
            throw new InvalidInputException("", Text.of("newsletters.send.nobody"));
        }
        dispatcher.dispatch(community, newsletter, to);
        String sender =
                accounts.byId(actor.accountId()).map(Account::displayName).orElse("The secretariat");
        Instant now = clock.instant();
        if (!newsletters.markSent(newsletter.id(), actor.accountId(), sender, to.size(), now)) {
            throw new ConflictException(Text.of("newsletters.send.meanwhile"));
        }
        // public by nature; members get the newsletter itself, so no one is notified of it
        events.publishEvent(Activity.of(ActivityKind.NEWSLETTER_SENT, community.id(), now)
                .by(actor.accountId(), sender)
                .title(Text.of("newsletters.activity.sent", sender, newsletter.subject()))
                .excerpt(Markdown.excerpt(newsletter.body()))
                .link("/c/" + community.slug() + "/newsletters/" + newsletter.id())
                .visibleTo(Visibility.PUBLIC)
                .about(Subject.of("newsletter", newsletter.id()))
                .mailedByFeature()
                .build());
        log.info(
                "Newsletter #{} of community {} queued for {} recipients",
                newsletter.id(),
                community.slug(),
                to.size());
        return to.size();
    }
}
