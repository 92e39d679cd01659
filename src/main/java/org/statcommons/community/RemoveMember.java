package org.statcommons.community;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.identity.Accounts;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;
import org.statcommons.platform.TextInput;

/**
 * Removes a member with a reason, which the person is told by e-mail: the secretariat on the member's screen,
 * or the moderation feature deciding on a flag. The last secretariat member cannot be removed.
 */
@Service
public class RemoveMember {

    /** The longest reason for a change to someone's membership (removal, role, suspension). */
    static final int REASON_MAX = 2000;

    private final Permissions permissions;
    private final Communities communities;
    private final Memberships memberships;
    private final AuditEntries audit;
    private final Accounts accounts;
    private final CommunityMail mail;
    private final CommunityActivityPublisher activity;

    RemoveMember(
            Permissions permissions,
            Communities communities,
            Memberships memberships,
            AuditEntries audit,
            Accounts accounts,
            CommunityMail mail,
            CommunityActivityPublisher activity) {
        this.permissions = permissions;
        this.communities = communities;
        this.memberships = memberships;
        this.audit = audit;
        this.accounts = accounts;
        this.mail = mail;
        this.activity = activity;
    }

    /** For other features, which know the community by its id. */
    @Transactional
    public void remove(Actor actor, long communityId, long accountId, String reason) {
        remove(
                actor,
                communities.byId(communityId).orElseThrow(() -> new NotFoundException(Text.of("community.not-found"))),
                accountId,
                reason);
    }

    @Transactional
    void remove(Actor actor, Community community, long accountId, String reason) {
        permissions.require(actor, Action.REMOVE_MEMBER, community.id());
        TextInput input = new TextInput();
        String why = input.block("reason", Text.of("community.field.reason"), reason, REASON_MAX, true);
        input.throwIfInvalid();
        communities.lock(community.id());
        // an expired guest's row goes too: removal is final
        Membership membership = memberships.inCommunity(community, accountId);
        if (memberships.lastSecretariat(membership)) {
            throw new ConflictException(Text.of("community.member.last-secretariat"));
        }
        memberships.delete(community.id(), accountId);
        audit.record(
                community.id(),
                actor.accountId(),
                accountId,
                "REMOVED",
                "Removed (was " + membership.role().label() + ")",
                why);
        accounts.byId(accountId).ifPresent(person -> mail.removed(person.email(), community, why));
        activity.removed(community, actor.accountId(), accountId, why);
    }
}
