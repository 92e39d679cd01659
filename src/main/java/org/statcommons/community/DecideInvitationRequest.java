package org.statcommons.community;

import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.CommunityRole;
import org.statcommons.access.Permissions;
import org.statcommons.platform.EmailAddress;

/**
 * The secretariat approves a confirmed request for an invitation (an invitation is sent, with the note as its
 * message, and the new account form already holds the person's name and organisation) or declines it (the person
 * is told politely by e-mail, with the note).
 */
@Service
class DecideInvitationRequest {

    private final Permissions permissions;
    private final Communities communities;
    private final InvitationRequests requests;
    private final InvitationSender sender;
    private final AuditEntries audit;
    private final CommunityMail mail;
    private final Clock clock;

    DecideInvitationRequest(
            Permissions permissions,
            Communities communities,
            InvitationRequests requests,
            InvitationSender sender,
            AuditEntries audit,
            CommunityMail mail,
            Clock clock) {
        this.permissions = permissions;
        this.communities = communities;
        this.requests = requests;
        this.sender = sender;
        this.audit = audit;
        this.mail = mail;
        this.clock = clock;
    }

    @Transactional
    void decide(Actor actor, Community community, long id, Decision decision, String note) {
        permissions.require(actor, Action.DECIDE_MEMBERSHIP, community.id());
        String text = Decision.note(note);
        communities.lock(community.id());
        InvitationRequest request = requests.lockPending(community, id);
        String who = request.name() + " <" + request.email() + ">";
        if (decision.approved()) {
            Invitation invitation = sender.send(
                    actor.accountId(),
                    community,
                    new NewInvitation(
                            new EmailAddress(request.email()),
                            CommunityRole.MEMBER,
                            null,
                            text,
                            request.name(),
                            request.organisation()),
                    null);
            requests.decide(id, decision, actor.accountId(), text, invitation.id(), clock.instant());
            audit.record(
                    community.id(), actor.accountId(), null, "INVITATION_REQUEST_APPROVED", who + " invited", text);
        } else {
            requests.decide(id, decision, actor.accountId(), text, null, clock.instant());
            audit.record(
                    community.id(), actor.accountId(), null, "INVITATION_REQUEST_DECLINED", who + " not invited", text);
            mail.invitationRequestDeclined(request.email(), request.name(), community, text);
        }
    }
}
