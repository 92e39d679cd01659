package org.statcommons.community;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.CommunityRole;
import org.statcommons.access.Permissions;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.Text;
import org.statcommons.platform.TextInput;

/**
 * Suspends a member for some days (they keep reading and lose everything else until then), as the moderation
 * feature decides on a flag, or ends a suspension early. Each change and its audit entry are written in the
 * caller's transaction.
 */
@Service
public class SuspendMember {

    /** The longest suspension; beyond that a removal says what is meant. */
    static final int MAX_SUSPENSION_DAYS = 365;

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final Permissions permissions;
    private final Communities communities;
    private final Memberships memberships;
    private final AuditEntries audit;
    private final Clock clock;

    SuspendMember(
            Permissions permissions,
            Communities communities,
            Memberships memberships,
            AuditEntries audit,
            Clock clock) {
        this.permissions = permissions;
        this.communities = communities;
        this.memberships = memberships;
        this.audit = audit;
        this.clock = clock;
    }

    /** Suspends a member for {@code days} days from now; returns when it ends. */
    @Transactional
    public Instant suspend(Actor actor, long communityId, long accountId, int days, String reason) {
        permissions.require(actor, Action.SUSPEND_MEMBER, communityId);
        TextInput input = new TextInput();
        String why = input.block("reason", Text.of("community.field.reason"), reason, RemoveMember.REASON_MAX, true);
        if (days < 1 || days > MAX_SUSPENSION_DAYS) {
            input.error("days", Text.of("community.suspension.days", MAX_SUSPENSION_DAYS));
        }
        input.throwIfInvalid();
        communities.lock(communityId);
        Membership membership = member(communityId, accountId);
        if (membership.role() == CommunityRole.SECRETARIAT) {
            throw new ConflictException(Text.of("community.member.suspend-secretariat"));
        }
        if (accountId == actor.accountId()) {
            throw new ConflictException(Text.of("community.member.suspend-self"));
        }
        Instant until = clock.instant().plus(Duration.ofDays(days));
        memberships.suspend(communityId, accountId, until, why);
        audit.record(
                communityId,
                actor.accountId(),
                accountId,
                "SUSPENDED",
                "Suspended for " + days + (days == 1 ? " day" : " days") + ", until " + DAY.format(until),
                why);
        return until;
    }

    /** Ends a suspension before its time. */
    @Transactional
    public void endSuspension(Actor actor, long communityId, long accountId, String reason) {
        permissions.require(actor, Action.SUSPEND_MEMBER, communityId);
        TextInput input = new TextInput();
        String why = input.block("reason", Text.of("community.field.reason"), reason, RemoveMember.REASON_MAX, false);
        input.throwIfInvalid();
        communities.lock(communityId);
        member(communityId, accountId);
        if (memberships.suspension(communityId, accountId).isEmpty()) {
            throw new ConflictException(Text.of("community.member.not-suspended"));
        }
        memberships.suspend(communityId, accountId, null, null);
        audit.record(communityId, actor.accountId(), accountId, "SUSPENSION_ENDED", "Suspension ended early", why);
    }

    /** A flag names a person, who may have left since: an input problem of the decision, not a missing page. */
    private Membership member(long communityId, long accountId) {
        return memberships
                .current(communityId, accountId)
                .orElseThrow(() -> new InvalidInputException("member", Text.of("community.not-member")));
    }
}
