package org.statcommons.moderation;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Community;
import org.statcommons.community.RemoveMember;
import org.statcommons.community.SuspendMember;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.Text;
import org.statcommons.platform.TimePresenter;

/**
 * A decision on a queue entry: dismiss the flags, hide the item (through the feature that owns it) or restore it,
 * warn the author, suspend or remove them. One transaction: the decision recorded, the entry closed, a line in the
 * community's audit log, and the author told what happened and why (an e-mail and a personal notice).
 */
@Service
class DecideOnEntry {

    private final Permissions permissions;
    private final QueueEntries entries;
    private final DecisionRecorder recorder;
    private final AuthorNotifier notifier;
    private final SuspendMember suspendMember;
    private final RemoveMember removeMember;
    private final Clock clock;

    DecideOnEntry(
            Permissions permissions,
            QueueEntries entries,
            DecisionRecorder recorder,
            AuthorNotifier notifier,
            SuspendMember suspendMember,
            RemoveMember removeMember,
            Clock clock) {
        this.permissions = permissions;
        this.entries = entries;
        this.recorder = recorder;
        this.notifier = notifier;
        this.suspendMember = suspendMember;
        this.removeMember = removeMember;
        this.clock = clock;
    }

    /** Decides on an entry of the community's queue; suspending and removing need their own actions on top of moderating. */
    @Transactional
    public void decide(Actor actor, Community community, long entryId, DecisionRequest request) {
        permissions.require(actor, Action.MODERATE_CONTENT, community.id());
        if (request.kind() == DecisionKind.SUSPEND) {
            permissions.require(actor, Action.SUSPEND_MEMBER, community.id());
        } else if (request.kind() == DecisionKind.REMOVE) {
            permissions.require(actor, Action.REMOVE_MEMBER, community.id());
        }
        take(actor, entries.inCommunity(community, entryId).id(), request);
    }

    /** Decides on an entry of the administrators' queue (profiles); an account is suspended under Accounts instead. */
    @Transactional
    public void decideForPlatform(Actor actor, long entryId, DecisionRequest request) {
        permissions.require(actor, Action.MANAGE_PLATFORM);
        if (request.kind() == DecisionKind.SUSPEND || request.kind() == DecisionKind.REMOVE) {
            throw new InvalidInputException("decision", Text.of("moderation.decision.suspend-under-accounts"));
        }
        take(actor, entries.inAdministratorsQueue(entryId).id(), request);
    }

    private void take(Actor actor, long entryId, DecisionRequest request) {
        QueueEntry entry = entries.lock(entryId);
        recorder.requireModerator(actor, entry.communityId());
        DecisionKind kind = request.kind();
        String why = DecisionRecorder.reason(kind, request.reason());
        DecidedItem about = DecidedItem.of(entry);
        switch (kind) {
            case DISMISS -> {
                if (!entry.open()) {
                    throw new ConflictException(Text.of("moderation.decision.already-decided"));
                }
                recorder.record(actor, about, kind, why, null);
                recorder.audit(
                        actor,
                        about,
                        "FLAGS_DISMISSED",
                        Text.of("moderation.audit.dismissed", entry.count(), about.name()),
                        why);
            }
            case HIDE, RESTORE -> recorder.changeVisibility(actor, about, kind == DecisionKind.HIDE, why);
            case WARN -> warn(actor, entry, about, why);
            case SUSPEND -> suspend(actor, about, request.days(), why);
            case REMOVE -> remove(actor, about, why);
        }
        entries.close(entry.id(), kind, actor.accountId(), clock.instant());
    }

    private void warn(Actor actor, QueueEntry entry, DecidedItem about, String message) {
        requireAuthor(about);
        long decision = recorder.record(actor, about, DecisionKind.WARN, message, null);
        recorder.audit(actor, about, "WARNED", Text.of("moderation.audit.warned", about.name()), message);
        notifier.tell(
                about,
                decision,
                Text.of("moderation.mail.warn.subject"),
                entry.excerpt().isEmpty()
                        ? Text.of("moderation.mail.warn", notifier.where(about.communityId()), about.named())
                        : Text.of(
                                "moderation.mail.warn.quoted",
                                notifier.where(about.communityId()),
                                about.named(),
                                TimePresenter.literal(entry.excerpt())),
                message);
    }

    private void suspend(Actor actor, DecidedItem about, Integer days, String why) {
        long member = requireAuthorInCommunity(about);
        if (days == null) {
            throw new InvalidInputException("days", Text.of("moderation.decision.days-required"));
        }
        Instant until = suspendMember.suspend(actor, about.communityId(), member, days, why);
        long decision = recorder.record(actor, about, DecisionKind.SUSPEND, why, days);
        String home = notifier.home(about.communityId());
        notifier.tell(
                about.by(member, home),
                decision,
                Text.of("moderation.mail.suspend.subject"),
                Text.of(
                        "moderation.mail.suspend",
                        notifier.where(about.communityId()),
                        TimePresenter.mark(until, ZoneOffset.UTC),
                        about.named()),
                why);
    }

    private void remove(Actor actor, DecidedItem about, String why) {
        long member = requireAuthorInCommunity(about);
        // the community feature records the removal in its audit log and e-mails the reason
        removeMember.remove(actor, about.communityId(), member, why);
        long decision = recorder.record(actor, about, DecisionKind.REMOVE, why, null);
        notifier.notice(
                about,
                decision,
                notifier.home(about.communityId()),
                Text.of("moderation.notice.removed", notifier.where(about.communityId())),
                why);
    }

    private static long requireAuthor(DecidedItem about) {
        if (about.authorId() == null) {
            throw new ConflictException(Text.of("moderation.decision.no-author"));
        }
        return about.authorId();
    }

    private static long requireAuthorInCommunity(DecidedItem about) {
        long member = requireAuthor(about);
        if (about.communityId() == null) {
            throw new ConflictException(Text.of("moderation.decision.profile-no-community"));
        }
        return member;
    }
}
