package org.statcommons.newsletters;

import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.SecretTokens;
import org.statcommons.platform.Text;

/**
 * The one-click unsubscribe link of every newsletter (RFC 8058): a member opts out, a public subscriber leaves. The
 * secret in the address is the proof; no session is needed.
 */
@Service
class UnsubscribeFromNewsletter {

    private final Deliveries deliveries;
    private final Subscribers subscribers;
    private final SecretTokens secrets;
    private final Clock clock;

    UnsubscribeFromNewsletter(Deliveries deliveries, Subscribers subscribers, SecretTokens secrets, Clock clock) {
        this.deliveries = deliveries;
        this.subscribers = subscribers;
        this.secrets = secrets;
        this.clock = clock;
    }

    /** The community an unsubscribe link is for, to ask before acting; a link that is not one is refused. */
    long communityOf(String secret) {
        return recipient(secret).communityId();
    }

    /** Returns the community. */
    @Transactional
    long unsubscribe(String secret) {
        Deliveries.Recipient recipient = recipient(secret);
        if (recipient.accountId() != null) {
            subscribers.optOut(recipient.communityId(), recipient.accountId(), clock.instant());
        } else {
            subscribers.unsubscribe(recipient.subscriberId(), clock.instant());
        }
        return recipient.communityId();
    }

    private Deliveries.Recipient recipient(String secret) {
        return deliveries
                .byUnsubscribeHash(secrets.hash(secret == null ? "" : secret))
                .orElseThrow(() -> new NotFoundException(Text.of("newsletters.unsubscribe.invalid")));
    }
}
