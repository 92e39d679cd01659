package org.statcommons.moderation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.Text;
import org.statcommons.platform.TextInput;
import org.statcommons.platform.TooManyRequestsException;

/**
 * Flags an item against the code of conduct. However many people flag one item, moderators see one entry with a
 * count: each person has one flag per entry, and flagging again changes their reason. Each person may flag only so
 * many times an hour, so a flood of flags from one account stops by itself.
 */
@Service
class FlagItem {

    static final int NOTE_MAX = 1000;

    private final Permissions permissions;
    private final ModeratedItemRouter items;
    private final QueueEntries entries;
    private final Flags flags;
    private final FlagAttempts attempts;
    private final ModerationProperties limits;
    private final Clock clock;

    FlagItem(
            Permissions permissions,
            ModeratedItemRouter items,
            QueueEntries entries,
            Flags flags,
            FlagAttempts attempts,
            ModerationProperties limits,
            Clock clock) {
        this.permissions = permissions;
        this.items = items;
        this.entries = entries;
        this.flags = flags;
        this.attempts = attempts;
        this.limits = limits;
        this.clock = clock;
    }

    /**
     * What became of a flag.
     *
     * @param repeated the person had already flagged this item, and their flag was updated
     */
    record Flagged(long entryId, boolean repeated, ModeratedContent.FlaggedItem item) {}

    @Transactional
    Flagged flag(Actor actor, NewFlag flag) {
        permissions.require(actor, Action.FLAG_CONTENT);
        ModeratedContent.FlaggedItem item = items.describe(items.subject(flag.item()), actor);
        TextInput input = new TextInput();
        FlagReason why = FlagReason.parse(flag.reason());
        if (why == null) {
            input.error("reason", Text.of("moderation.flag.choose-reason"));
        }
        String text = input.block("note", Text.of("moderation.flag.note.label"), flag.note(), NOTE_MAX, false);
        if (why == FlagReason.OTHER && text.isEmpty()) {
            input.error("note", Text.of("moderation.flag.note.required"));
        }
        input.throwIfInvalid();
        if (item.hidden()) {
            throw new ConflictException(Text.of("moderation.flag.already-hidden"));
        }
        Instant now = clock.instant();
        refuseTooMany(actor.accountId(), now);
        // the owner names the item the one way it is stored, whatever form of its key was typed
        long entryId = entries.flagged(
                item, item.communityId() == ProfileModeration.NO_COMMUNITY ? null : item.communityId(), now);
        boolean first = flags.put(entryId, actor.accountId(), why, text, now);
        attempts.record(actor.accountId(), now);
        return new Flagged(entryId, !first, item);
    }

    private void refuseTooMany(long flagger, Instant now) {
        attempts.lock(flagger);
        attempts.wait(flagger, now, Duration.ofHours(1), limits.flagsPerHour()).ifPresent(wait -> {
            throw new TooManyRequestsException(
                    Text.of("moderation.flags.too-many", limits.flagsPerHour(), Wording.duration(wait)), wait);
        });
    }
}
