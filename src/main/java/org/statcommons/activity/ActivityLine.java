package org.statcommons.activity;

import java.time.Instant;
import org.statcommons.platform.activity.ActivityKind;
import org.statcommons.platform.activity.Visibility;

/**
 * One line of a community's activity stream.
 *
 * @param link  a path on this server
 * @param about what it is about, as a subject key such as {@code page:12/guides/x.md}
 */
public record ActivityLine(
        long id,
        long communityId,
        ActivityKind kind,
        String actorName,
        String title,
        String excerpt,
        String link,
        Visibility visibility,
        String about,
        Instant at) {

    public String kindLabel() {
        return kind.label();
    }
}
