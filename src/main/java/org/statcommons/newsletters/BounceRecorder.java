package org.statcommons.newsletters;

import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.statcommons.mail.MailRejected;

/**
 * Records an address the relay refused for good: the newsletter's delivery records why, and a public subscriber stops
 * receiving after the first refusal (of a newsletter or of the confirmation), shown to the secretariat as
 * "bouncing" with the relay's answer. A member's refused address is recorded in the delivery report; the
 * address itself belongs to their account.
 */
@Component
class BounceRecorder {

    private static final Logger log = LoggerFactory.getLogger(BounceRecorder.class);

    private final Deliveries deliveries;
    private final Subscribers subscribers;
    private final Clock clock;

    BounceRecorder(Deliveries deliveries, Subscribers subscribers, Clock clock) {
        this.deliveries = deliveries;
        this.subscribers = subscribers;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(MailRejected refused) {
        Instant now = clock.instant();
        deliveries
                .failed(refused.outboxId(), refused.reason(), now)
                .or(() -> subscribers.byConfirmationMail(refused.outboxId()))
                .ifPresent(subscriber -> {
                    subscribers.bouncing(subscriber, refused.reason(), now);
                    log.info(
                            "Newsletter subscriber #{} ({}) is bouncing: {}",
                            subscriber,
                            refused.recipient(),
                            refused.reason());
                });
    }
}
