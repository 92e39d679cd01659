package org.statcommons.newsletters;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.SecretTokens;
import org.statcommons.platform.Text;

/** Confirms a public subscription with the link of its confirmation e-mail, within a week; the link works once. */
@Service
class ConfirmSubscription {

    static final Duration LINK_VALID = Duration.ofDays(7);

    private final Subscribers subscribers;
    private final SecretTokens secrets;
    private final Clock clock;

    ConfirmSubscription(Subscribers subscribers, SecretTokens secrets, Clock clock) {
        this.subscribers = subscribers;
        this.secrets = secrets;
        this.clock = clock;
    }

    /** Returns the subscription's community. */
    @Transactional
    long confirm(String secret) {
        byte[] hash = secrets.hash(secret == null ? "" : secret);
        Instant now = clock.instant();
        return subscribers
                .confirm(hash, now.minus(LINK_VALID), now)
                .orElseThrow(() -> new NotFoundException(
                        subscribers.pendingLink(hash)
                                ? Text.of("newsletters.confirm.expired")
                                : Text.of("newsletters.confirm.invalid")));
    }
}
