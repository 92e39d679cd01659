package org.statcommons.meetings;

import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.platform.SecretTokens;

/** Makes a new private calendar feed address for a person, revoking the old one. */
@Service
class RenewCalendarFeed {

    private final CalendarFeeds feeds;
    private final SecretTokens secrets;
    private final Clock clock;

    RenewCalendarFeed(CalendarFeeds feeds, SecretTokens secrets, Clock clock) {
        this.feeds = feeds;
        this.secrets = secrets;
        this.clock = clock;
    }

    /** Returns the new address's secret, to be shown once: only its hash is kept. */
    @Transactional
    String renew(long accountId) {
        String secret = secrets.newSecret();
        feeds.replace(accountId, secrets.hash(secret), clock.instant());
        return secret;
    }
}
