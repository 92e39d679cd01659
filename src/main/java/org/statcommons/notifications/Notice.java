package org.statcommons.notifications;

import java.time.Instant;
import java.util.List;
import org.statcommons.platform.Text;
import org.statcommons.platform.TimePresenter;
import org.statcommons.platform.activity.ActivityKind;
import org.statcommons.platform.activity.ActivityTitle;

/**
 * One notice as its recipient sees it.
 *
 * @param title     the title in English, as stored
 * @param titleText its key and arguments, null for an activity stored before titles had keys
 */
record Notice(
        long id,
        long communityId,
        ActivityKind kind,
        Long actorId,
        String actorName,
        String title,
        Text titleText,
        String excerpt,
        String link,
        Instant at,
        boolean read) {

    /** Who did it, in the reader's language when it is no typed name ("Someone", the moderators). */
    public String shownActor(TimePresenter times) {
        return ActivityTitle.actor(actorId, actorName, times);
    }

    /** The title in the reader's language and zone. */
    public String shownTitle(TimePresenter times) {
        return ActivityTitle.shown(title, titleText, times);
    }

    /** The same in pieces, the typed ones to isolate apart, for a screen to put each in a {@code <bdi>}. */
    public List<ActivityTitle.Part> titleParts(TimePresenter times) {
        return ActivityTitle.parts(title, titleText, times);
    }
}
