package org.statcommons.activity;

import java.time.Instant;
import java.util.List;
import org.statcommons.platform.Text;
import org.statcommons.platform.TimePresenter;
import org.statcommons.platform.activity.ActivityKind;
import org.statcommons.platform.activity.ActivityTitle;
import org.statcommons.platform.activity.Visibility;

/**
 * One line of a community's activity stream.
 *
 * @param title     the title in English, as stored (what newsletters and feeds for everyone quote)
 * @param titleText the title's key and arguments, null for a line stored before titles had keys
 * @param link  a path on this server
 * @param about what it is about, as a subject key such as {@code page:12/guides/x.md}
 */
public record ActivityLine(
        long id,
        long communityId,
        ActivityKind kind,
        Long actorId,
        String actorName,
        String title,
        Text titleText,
        String excerpt,
        String link,
        Visibility visibility,
        String about,
        Instant at) {

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

    public String kindLabel() {
        return kind.label();
    }
}
