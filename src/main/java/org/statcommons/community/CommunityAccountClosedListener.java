package org.statcommons.community;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.statcommons.identity.AccountClosed;
import org.statcommons.platform.Text;

/**
 * A closed account's memberships end, each recorded in its community's audit log (by whom: the person or the
 * administrator who closed it). After commit, on the closing request's thread, so that the person is gone from every
 * member list when the answer comes; in a transaction of its own, handed again by the event registry if it fails. A
 * community whose only secretariat member closed their account keeps no secretariat: the platform's administrators
 * can appoint one (docs/identity.md).
 */
@Component
class CommunityAccountClosedListener {

    private final Memberships memberships;
    private final AuditEntries audit;

    CommunityAccountClosedListener(Memberships memberships, AuditEntries audit) {
        this.memberships = memberships;
        this.audit = audit;
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(AccountClosed closed) {
        for (Membership membership : memberships.ofAccount(closed.personId())) {
            memberships.delete(membership.communityId(), closed.personId());
            audit.record(
                    membership.communityId(),
                    closed.by(),
                    closed.personId(),
                    "ACCOUNT_CLOSED",
                    Text.of(
                            "community.audit.detail.account-closed",
                            Text.of("community.role-name." + membership.role().name())),
                    "");
        }
    }
}
