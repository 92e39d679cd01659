package org.statcommons.community;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.statcommons.identity.Account;
import org.statcommons.identity.AccountClosed;
import org.statcommons.identity.Accounts;

/**
 * Who a text written in a community (a comment, a discussion post) mentions: its {@code @"Display Name"}
 * handles ({@link MentionHandles}) looked up among the community's current members, so that a handle never
 * reaches someone outside it.
 */
@Service
public class MemberMentions {

    private final Memberships memberships;
    private final Accounts accounts;

    MemberMentions(Memberships memberships, Accounts accounts) {
        this.memberships = memberships;
        this.accounts = accounts;
    }

    /** The members the text mentions, in no particular order; empty when it has no handle. */
    public Set<Long> in(long communityId, String text) {
        if (MentionHandles.in(text).isEmpty()) {
            return Set.of();
        }
        Map<Long, String> members = new HashMap<>();
        for (Account account : accounts.byIds(memberships.accountIds(communityId))) {
            members.put(account.id(), account.displayName());
        }
        return MentionHandles.resolve(text, members);
    }

    /**
     * The text with its handles of a closed account's former name written as {@code @"Former member"}: a mention
     * must not keep the name the person took away (docs/identity.md "Closing an account").
     */
    public String withoutFormerName(String text, String formerName) {
        return MentionHandles.renamed(text, formerName, AccountClosed.FORMER_MEMBER);
    }
}
