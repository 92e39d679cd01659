package org.statcommons.community;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.platform.Text;

/**
 * The community's secretariat (who keep its settings) decides whether a member who closes their account and asks for it has their posts and
 * comments removed here (default: kept, shown as by "Former member"). Recorded in the audit log.
 */
@Service
class SetRemovalOnClose {

    private final Permissions permissions;
    private final Communities communities;
    private final AuditEntries audit;

    SetRemovalOnClose(Permissions permissions, Communities communities, AuditEntries audit) {
        this.permissions = permissions;
        this.communities = communities;
        this.audit = audit;
    }

    @Transactional
    void set(Actor actor, Community community, boolean removes) {
        permissions.require(actor, Action.EDIT_COMMUNITY, community.id());
        if (communities.removesContributionsOnClose(community.id()) == removes) {
            return;
        }
        communities.setRemovesContributionsOnClose(community.id(), removes);
        audit.record(
                community.id(),
                actor.accountId(),
                null,
                "REMOVAL_ON_CLOSE_CHANGED",
                Text.of(removes ? "community.audit.detail.removal-on-close" : "community.audit.detail.kept-on-close"),
                "");
    }
}
