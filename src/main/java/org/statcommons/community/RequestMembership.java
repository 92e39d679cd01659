package org.statcommons.community;

import java.time.Clock;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.Text;
import org.statcommons.platform.TextInput;

/** Asks to join a community that decides requests, with a motivation and the accepted code of conduct. */
@Service
class RequestMembership {

    static final int MOTIVATION_MAX = 2000;

    private final Permissions permissions;
    private final MembershipRequests requests;
    private final CodesOfConduct conduct;
    private final AuditEntries audit;
    private final Clock clock;

    RequestMembership(
            Permissions permissions,
            MembershipRequests requests,
            CodesOfConduct conduct,
            AuditEntries audit,
            Clock clock) {
        this.permissions = permissions;
        this.requests = requests;
        this.conduct = conduct;
        this.audit = audit;
        this.clock = clock;
    }

    /** Returns the request's id. */
    @Transactional
    long request(Actor actor, Community community, String motivation, ConductConsent consent) {
        permissions.require(actor, Action.REQUEST_MEMBERSHIP, community.id());
        TextInput input = new TextInput();
        String text =
                input.block("motivation", Text.of("community.field.motivation"), motivation, MOTIVATION_MAX, true);
        input.throwIfInvalid();
        int version = consent.check(conduct.current(community.id()));
        if (requests.pendingOf(community.id(), actor.accountId()).isPresent()) {
            throw new ConflictException(Text.of("community.join.asked-already"));
        }
        try {
            long id = requests.insert(community.id(), actor.accountId(), text, version, clock.instant());
            audit.record(community.id(), actor.accountId(), actor.accountId(), "REQUESTED", "Asked to join", text);
            return id;
        } catch (DuplicateKeyException e) {
            throw new ConflictException(Text.of("community.join.asked-already"));
        }
    }
}
