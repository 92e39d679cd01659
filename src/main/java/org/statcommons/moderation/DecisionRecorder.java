package org.statcommons.moderation;

import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.AuditEntries;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.Text;
import org.statcommons.platform.TextInput;
import org.statcommons.platform.activity.ContentHidden;

/**
 * The steps every decision shares ({@link DecideOnEntry}, {@link HideItem}), in the decision's transaction: who
 * may take it, its reason, recording it, hiding or restoring the item through the feature that owns it, the
 * community's audit log.
 */
@Component
class DecisionRecorder {

    static final int REASON_MAX = 2000;

    private final Permissions permissions;
    private final Decisions decisions;
    private final ModeratedItemRouter items;
    private final AuditEntries audit;
    private final AuthorNotifier notifier;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DecisionRecorder(
            Permissions permissions,
            Decisions decisions,
            ModeratedItemRouter items,
            AuditEntries audit,
            AuthorNotifier notifier,
            ApplicationEventPublisher events,
            Clock clock) {
        this.permissions = permissions;
        this.decisions = decisions;
        this.items = items;
        this.audit = audit;
        this.notifier = notifier;
        this.events = events;
        this.clock = clock;
    }

    /** Moderators decide in their community; the platform's administrators on what is bound to none. */
    void requireModerator(Actor actor, Long communityId) {
        if (communityId == null) {
            permissions.require(actor, Action.MANAGE_PLATFORM);
        } else {
            permissions.require(actor, Action.MODERATE_CONTENT, communityId);
        }
    }

    /** The reason as told to the author: required to warn, suspend and remove. */
    static String reason(DecisionKind kind, String typed) {
        TextInput input = new TextInput();
        String text = input.block(
                "reason",
                Text.of(kind == DecisionKind.WARN ? "moderation.decision.warning" : "moderation.decision.reason"),
                typed,
                REASON_MAX,
                kind.needsReason());
        input.throwIfInvalid();
        return text;
    }

    /** Records the decision; returns its id. */
    long record(Actor actor, DecidedItem about, DecisionKind kind, String why, Integer days) {
        return decisions.record(about, kind, why, days, actor.accountId(), clock.instant());
    }

    /**
     * Hides the item everywhere, or shows it again: through the feature that owns it, then every copy
     * ({@link ContentHidden}); recorded, audited and told to the author.
     */
    void changeVisibility(Actor actor, DecidedItem about, boolean hide, String why) {
        boolean hiddenNow = items.find(about.item(), actor)
                .map(ModeratedContent.FlaggedItem::hidden)
                .orElse(decisions.hiddenByDecision(about.item().key()));
        if (hide && hiddenNow) {
            throw new ConflictException(Text.of("moderation.decision.already-hidden"));
        }
        if (!hide && !hiddenNow) {
            throw new ConflictException(Text.of("moderation.decision.not-hidden"));
        }
        items.hide(about.item(), hide);
        long decision = record(actor, about, hide ? DecisionKind.HIDE : DecisionKind.RESTORE, why, null);
        events.publishEvent(new ContentHidden(
                about.communityId() == null ? ProfileModeration.NO_COMMUNITY : about.communityId(),
                about.item(),
                hide));
        audit(
                actor,
                about,
                hide ? "CONTENT_HIDDEN" : "CONTENT_RESTORED",
                Text.of(hide ? "moderation.audit.hidden" : "moderation.audit.restored", about.name()),
                why);
        notifier.tell(
                about,
                decision,
                Text.of(hide ? "moderation.mail.hidden.subject" : "moderation.mail.restored.subject"),
                Text.of(
                        hide ? "moderation.mail.hidden" : "moderation.mail.restored",
                        about.named(),
                        notifier.where(about.communityId())),
                why);
    }

    /**
     * A line in the community's audit log about the item's author, shown in each reader's language; none for an item
     * bound to no community.
     */
    void audit(Actor actor, DecidedItem about, String action, Text detail, String reason) {
        if (about.communityId() != null) {
            audit.record(about.communityId(), actor.accountId(), about.authorId(), action, detail, reason);
        }
    }
}
