package org.statcommons.newsletters;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.statcommons.mail.MailRejected;

/**
 * An address the relay refused for good: the newsletter's delivery records why, and a public subscriber stops
 * receiving after the first refusal (of a newsletter or of the confirmation), shown to the secretariat as
 * "bouncing" with the relay's answer. A member's refused address is recorded in the delivery report; the
 * address itself belongs to their account.
 */
@Component
class Bounces {

    private static final Logger log = LoggerFactory.getLogger(Bounces.class);

    private final Deliveries deliveries;
    private final Subscribers subscribers;

    Bounces(Deliveries deliveries, Subscribers subscribers) {
        this.deliveries = deliveries;
        this.subscribers = subscribers;
    }

    @ApplicationModuleListener
    void on(MailRejected refused) {
        deliveries.failed(refused.outboxId(), refused.reason())
                .or(() -> subscribers.byConfirmationMail(refused.outboxId()))
                .ifPresent(subscriber -> {
                    subscribers.bouncing(subscriber, refused.reason());
                    log.info("Newsletter subscriber #{} ({}) is bouncing: {}", subscriber, refused.recipient(), refused.reason());
                });
    }
}
