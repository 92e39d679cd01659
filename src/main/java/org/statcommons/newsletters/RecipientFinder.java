package org.statcommons.newsletters;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.statcommons.community.Membership;
import org.statcommons.community.Memberships;
import org.statcommons.identity.Account;
import org.statcommons.identity.Accounts;
import org.statcommons.platform.i18n.Language;

/**
 * Finds who receives a community's next newsletter: its current members with an active account who have not opted
 * out, and the public subscribers who confirmed their address (not those unsubscribed or bouncing). An
 * address that is both receives one copy, as a member.
 */
@Component
class RecipientFinder {

    /**
     * One recipient: a member (accountId) or a subscriber (subscriberId), and the language of the e-mail's own words
     * (a member's profile's, else English; a subscriber's: that of the editor who sends).
     */
    record Recipient(String email, Long accountId, Long subscriberId, Language language) {}

    /** How many of each, for the send button. */
    record Count(int members, int subscribers) {
        int total() {
            return members + subscribers;
        }
    }

    private final Memberships memberships;
    private final Accounts accounts;
    private final Subscribers subscribers;

    RecipientFinder(Memberships memberships, Accounts accounts, Subscribers subscribers) {
        this.memberships = memberships;
        this.accounts = accounts;
        this.subscribers = subscribers;
    }

    List<Recipient> of(long communityId) {
        Set<Long> optedOut = new HashSet<>(subscribers.optedOut(communityId));
        List<Long> memberIds = memberships.of(communityId).stream()
                .map(Membership::accountId)
                .filter(id -> !optedOut.contains(id))
                .toList();
        List<Recipient> recipients = new ArrayList<>();
        Set<String> addresses = new HashSet<>();
        for (Account account : accounts.byIds(memberIds)) {
            if (account.active() && addresses.add(account.email().toLowerCase(Locale.ROOT))) {
                recipients.add(new Recipient(
                        account.email().toLowerCase(Locale.ROOT),
                        account.id(),
                        null,
                        account.language().orElse(Language.ENGLISH)));
            }
        }
        for (Subscribers.Receiving subscriber : subscribers.confirmed(communityId)) {
            if (addresses.add(subscriber.email())) {
                recipients.add(new Recipient(subscriber.email(), null, subscriber.id(), Language.ofRequest()));
            }
        }
        return recipients;
    }

    Count count(long communityId) {
        List<Recipient> all = of(communityId);
        int members = (int) all.stream().filter(r -> r.accountId() != null).count();
        return new Count(members, all.size() - members);
    }
}
