package org.statcommons.moderation;

import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Actor;
import org.statcommons.platform.activity.Subject;

/**
 * Hides an item, or shows it again, outside the queue (a moderator's "Hide" and "Show again" under a comment):
 * the same decision as in the queue, which also closes the item's open entry, if any. The reason may be empty.
 */
@Service
public class HideItem {

    private final ModeratedItemRouter items;
    private final QueueEntries entries;
    private final DecisionRecorder recorder;
    private final Clock clock;

    HideItem(ModeratedItemRouter items, QueueEntries entries, DecisionRecorder recorder, Clock clock) {
        this.items = items;
        this.entries = entries;
        this.recorder = recorder;
        this.clock = clock;
    }

    /** Hides the item ({@code hidden}) or shows it again; "not found" when the moderator may not see it. */
    @Transactional
    public void hide(Actor actor, Subject named, boolean hidden, String reason) {
        ModeratedContent.FlaggedItem found = items.describe(named, actor);
        Long communityId = found.communityId() == ProfileModeration.NO_COMMUNITY ? null : found.communityId();
        recorder.requireModerator(actor, communityId);
        DecisionKind kind = hidden ? DecisionKind.HIDE : DecisionKind.RESTORE;
        String why = DecisionRecorder.reason(kind, reason);
        Long open = entries.openFor(found.item().key()).orElse(null);
        recorder.changeVisibility(
                actor,
                new DecidedItem(
                        open,
                        communityId,
                        found.item(),
                        found.authorId(),
                        found.title(),
                        found.titleText(),
                        found.link()),
                hidden,
                why);
        if (open != null) {
            entries.close(open, kind, actor.accountId(), clock.instant());
        }
    }
}
