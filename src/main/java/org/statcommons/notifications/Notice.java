package org.statcommons.notifications;

import java.time.Instant;
import org.statcommons.platform.activity.ActivityKind;

/** One notice as its recipient sees it. */
record Notice(
        long id,
        long communityId,
        ActivityKind kind,
        String actorName,
        String title,
        String excerpt,
        String link,
        Instant at,
        boolean read) {}
