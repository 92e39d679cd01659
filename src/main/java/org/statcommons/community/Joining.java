package org.statcommons.community;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.CommunityRole;
import org.statcommons.access.Permissions;
import org.statcommons.identity.Account;
import org.statcommons.identity.Accounts;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.TextInput;

/**
 * Becoming a member on one's own initiative: joining an open community, asking to join one that decides
 * requests (and the secretariat's decision), and accepting a new version of the code of conduct.
 */
@Service
class Joining {

    static final int MOTIVATION_MAX = 2000;
    static final int NOTE_MAX = 2000;

    private final Permissions permissions;
    private final Communities communities;
    private final Memberships memberships;
    private final MembershipRequests requests;
    private final CodesOfConduct conduct;
    private final AuditLog audit;
    private final Accounts accounts;
    private final CommunityMail mail;
    private final CommunityActivities activities;

    Joining(Permissions permissions, Communities communities, Memberships memberships, MembershipRequests requests,
            CodesOfConduct conduct, AuditLog audit, Accounts accounts, CommunityMail mail, CommunityActivities activities) {
        this.permissions = permissions;
        this.communities = communities;
        this.memberships = memberships;
        this.requests = requests;
        this.conduct = conduct;
        this.audit = audit;
        this.accounts = accounts;
        this.mail = mail;
        this.activities = activities;
    }

    @Transactional
    public void join(Actor actor, Community community, boolean acceptConduct, Integer conductVersion) {
        permissions.require(actor, Action.JOIN_COMMUNITY, community.id());
        communities.lock(community.id());
        int version = ConductAcceptance.check(acceptConduct, conductVersion, conduct.current(community.id()));
        memberships.upsert(community.id(), actor.accountId(), CommunityRole.MEMBER, null, version);
        audit.record(community.id(), actor.accountId(), actor.accountId(), "JOINED",
                "Joined as Member, accepted code of conduct version " + version, "");
        activities.joined(community, actor.accountId());
    }

    @Transactional
    public long request(Actor actor, Community community, String motivation, boolean acceptConduct, Integer conductVersion) {
        permissions.require(actor, Action.REQUEST_MEMBERSHIP, community.id());
        TextInput input = new TextInput();
        String text = input.block("motivation", "Motivation", motivation, MOTIVATION_MAX, true);
        input.throwIfInvalid();
        int version = ConductAcceptance.check(acceptConduct, conductVersion, conduct.current(community.id()));
        if (requests.pendingOf(community.id(), actor.accountId()).isPresent()) {
            throw new ConflictException("You have already asked to join; the secretariat will answer by e-mail.");
        }
        try {
            long id = requests.insert(community.id(), actor.accountId(), text, version);
            audit.record(community.id(), actor.accountId(), actor.accountId(), "REQUESTED", "Asked to join", text);
            return id;
        } catch (DuplicateKeyException e) {
            throw new ConflictException("You have already asked to join; the secretariat will answer by e-mail.");
        }
    }

    /** Approves or declines a pending request; the person is told by e-mail with the note. */
    @Transactional
    public void decide(Actor actor, Community community, long requestId, boolean approve, String note) {
        permissions.require(actor, Action.DECIDE_MEMBERSHIP, community.id());
        TextInput input = new TextInput();
        String text = input.block("note", "Message", note, NOTE_MAX, false);
        input.throwIfInvalid();
        communities.lock(community.id());
        MembershipRequests.Request request = requests.lockPending(community.id(), requestId)
                .orElseThrow(() -> new NotFoundException("This request has already been decided or withdrawn."));
        Account person = accounts.byId(request.accountId())
                .orElseThrow(() -> new NotFoundException("The person who asked no longer has an account."));
        requests.decide(requestId, approve ? "APPROVED" : "DECLINED", actor.accountId(), text);
        if (approve) {
            if (memberships.find(community.id(), person.id()).filter(m -> !m.expired(java.time.LocalDate.now())).isEmpty()) {
                memberships.upsert(community.id(), person.id(), CommunityRole.MEMBER, null, request.conductVersion());
                activities.joined(community, person.id());
            }
            audit.record(community.id(), actor.accountId(), person.id(), "REQUEST_APPROVED",
                    "Joined as Member, accepted code of conduct version " + request.conductVersion(), text);
        } else {
            audit.record(community.id(), actor.accountId(), person.id(), "REQUEST_DECLINED", "Request declined", text);
        }
        mail.requestDecided(person.email(), community, approve, text);
        activities.requestDecided(community, actor.accountId(), person.id(), approve, text);
    }

    java.util.List<MembershipRequests.Request> pending(Actor actor, Community community) {
        permissions.require(actor, Action.DECIDE_MEMBERSHIP, community.id());
        return requests.pending(community.id());
    }

    /** A member accepts the current code of conduct after it changed. */
    @Transactional
    public void renewConduct(Actor actor, Community community, boolean accept, Integer conductVersion) {
        permissions.require(actor, Action.VIEW_COMMUNITY_INSIDE, community.id());
        Membership membership = memberships.find(community.id(), actor.accountId())
                .orElseThrow(() -> new ConflictException("Only members accept the code of conduct; join the community first."));
        int version = ConductAcceptance.check(accept, conductVersion, conduct.current(community.id()));
        if (membership.conductVersion() == version) {
            return;
        }
        memberships.acceptConduct(community.id(), actor.accountId(), version);
        audit.record(community.id(), actor.accountId(), actor.accountId(), "CONDUCT_ACCEPTED",
                "Accepted code of conduct version " + version, "");
    }
}
