package org.statcommons.meetings;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.statcommons.identity.Account;
import org.statcommons.identity.Accounts;
import org.statcommons.platform.SecretTokens;

/**
 * Checks a private calendar feed address: its secret is looked up by its hash, and stands for its person as long as
 * their account is active. What the feed then lists is the policy's answer at each request ({@link CalendarFeedWriter}).
 */
@Component
class CalendarFeedChecker {

    private final CalendarFeeds feeds;
    private final SecretTokens secrets;
    private final Accounts accounts;

    CalendarFeedChecker(CalendarFeeds feeds, SecretTokens secrets, Accounts accounts) {
        this.feeds = feeds;
        this.secrets = secrets;
        this.accounts = accounts;
    }

    /** The person whose address this is; empty for an address that is unknown, revoked or replaced, or an inactive account. */
    Optional<Account> check(String secret) {
        if (secret == null || secret.length() < 20 || secret.length() > 100) {
            return Optional.empty();
        }
        return feeds.accountOf(secrets.hash(secret)).flatMap(accounts::byId).filter(Account::active);
    }
}
