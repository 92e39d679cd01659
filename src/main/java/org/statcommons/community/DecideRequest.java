package org.statcommons.community;

import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.CommunityRole;
import org.statcommons.access.Permissions;
import org.statcommons.identity.Account;
import org.statcommons.identity.Accounts;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;

/** Approves or declines a pending request to join; the person is told by e-mail, with the note. */
@Service
class DecideRequest {

    private final Permissions permissions;
    private final Communities communities;
    private final Memberships memberships;
    private final MembershipRequests requests;
    private final AuditEntries audit;
    private final Accounts accounts;
    private final CommunityMail mail;
    private final CommunityActivityPublisher activity;
    private final Clock clock;

    DecideRequest(
            Permissions permissions,
            Communities communities,
            Memberships memberships,
            MembershipRequests requests,
            AuditEntries audit,
            Accounts accounts,
            CommunityMail mail,
            CommunityActivityPublisher activity,
            Clock clock) {
        this.permissions = permissions;
        this.communities = communities;
        this.memberships = memberships;
        this.requests = requests;
        this.audit = audit;
        this.accounts = accounts;
        this.mail = mail;
        this.activity = activity;
        this.clock = clock;
    }

    @Transactional
    void decide(Actor actor, Community community, long requestId, Decision decision, String note) {
        permissions.require(actor, Action.DECIDE_MEMBERSHIP, community.id());
        String text = Decision.note(note);
        communities.lock(community.id());
        MembershipRequests.Request request = requests.lockPending(community, requestId);
        Account person = accounts.byId(request.accountId())
                .orElseThrow(() -> new NotFoundException(Text.of("community.requests.asker-gone")));
        Instant now = clock.instant();
        requests.decide(requestId, decision, actor.accountId(), text, now);
        if (decision.approved()) {
            // the secretariat knows them now: the limits for new accounts of open sign-up no longer apply
            accounts.vouch(person.id());
            if (memberships.current(community.id(), person.id()).isEmpty()) {
                memberships.upsert(
                        community.id(), person.id(), CommunityRole.MEMBER, null, request.conductVersion(), now);
                activity.joined(community, person.id());
            }
            audit.record(
                    community.id(),
                    actor.accountId(),
                    person.id(),
                    "REQUEST_APPROVED",
                    "Joined as Member, accepted code of conduct version " + request.conductVersion(),
                    text);
        } else {
            audit.record(community.id(), actor.accountId(), person.id(), "REQUEST_DECLINED", "Request declined", text);
        }
        mail.requestDecided(person.email(), community, decision.approved(), text);
        activity.requestDecided(community, actor.accountId(), person.id(), decision.approved(), text);
    }
}
