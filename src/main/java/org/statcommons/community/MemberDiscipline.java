package org.statcommons.community;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
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
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.TextInput;

/**
 * What the moderation feature may do to a member: suspend them for some days (they keep reading, and lose
 * everything else until then), end a suspension early, or remove them with a reason. Each change and its
 * audit entry are written in the caller's transaction.
 */
@Service
public class MemberDiscipline {

    /** The longest suspension; beyond that a removal says what is meant. */
    public static final int MAX_SUSPENSION_DAYS = 365;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final Permissions permissions;
    private final Communities communities;
    private final Memberships memberships;
    private final AuditLog audit;
    private final MemberChanges changes;

    MemberDiscipline(Permissions permissions, Communities communities, Memberships memberships, AuditLog audit,
                     MemberChanges changes) {
        this.permissions = permissions;
        this.communities = communities;
        this.memberships = memberships;
        this.audit = audit;
        this.changes = changes;
    }

    /** Suspends a member for {@code days} days from now; returns when it ends. */
    @Transactional
    public Instant suspend(Actor actor, long communityId, long accountId, int days, String reason) {
        permissions.require(actor, Action.SUSPEND_MEMBER, communityId);
        TextInput input = new TextInput();
        String why = input.block("reason", "Reason", reason, MemberChanges.REASON_MAX, true);
        if (days < 1 || days > MAX_SUSPENSION_DAYS) {
            input.error("days", "A suspension lasts from 1 to " + MAX_SUSPENSION_DAYS + " days.");
        }
        input.throwIfInvalid();
        communities.lock(communityId);
        Membership membership = current(communityId, accountId);
        if (membership.role() == CommunityRole.SECRETARIAT) {
            throw new ConflictException("The secretariat cannot be suspended; change their role first.");
        }
        if (accountId == actor.accountId()) {
            throw new ConflictException("You cannot suspend yourself.");
        }
        Instant until = Instant.now().plus(Duration.ofDays(days));
        memberships.suspend(communityId, accountId, until, why);
        audit.record(communityId, actor.accountId(), accountId, "SUSPENDED",
                "Suspended for " + days + (days == 1 ? " day" : " days") + ", until " + DAY.format(until), why);
        return until;
    }

    /** Ends a suspension before its time. */
    @Transactional
    public void endSuspension(Actor actor, long communityId, long accountId, String reason) {
        permissions.require(actor, Action.SUSPEND_MEMBER, communityId);
        TextInput input = new TextInput();
        String why = input.block("reason", "Reason", reason, MemberChanges.REASON_MAX, false);
        input.throwIfInvalid();
        communities.lock(communityId);
        current(communityId, accountId);
        if (memberships.suspension(communityId, accountId).isEmpty()) {
            throw new ConflictException("This member is not suspended.");
        }
        memberships.suspend(communityId, accountId, null, null);
        audit.record(communityId, actor.accountId(), accountId, "SUSPENSION_ENDED", "Suspension ended early", why);
    }

    /** Removes a member with a reason, as the secretariat does on the members' page (they are told by e-mail). */
    @Transactional
    public void remove(Actor actor, long communityId, long accountId, String reason) {
        Community community = communities.byId(communityId)
                .orElseThrow(() -> new NotFoundException("There is no such community."));
        changes.remove(actor, community, accountId, reason);
    }

    private Membership current(long communityId, long accountId) {
        return memberships.find(communityId, accountId).filter(m -> !m.expired(LocalDate.now()))
                .orElseThrow(() -> new InvalidInputException("member", "This person is not a member of the community."));
    }
}
