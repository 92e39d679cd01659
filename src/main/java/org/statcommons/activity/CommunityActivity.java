package org.statcommons.activity;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.statcommons.platform.activity.ActivityKind;
import org.statcommons.platform.activity.Visibility;

/**
 * The activity stream as other features read it (a newsletter's highlights). It answers for the community
 * as a whole, not for one reader: the caller decides which visibility its own readers may see.
 */
@Service
public class CommunityActivity {

    /** More than any newsletter or report lists; a cap so that one call never reads a whole year unbounded. */
    static final int LIMIT = 500;

    private final ActivityLines lines;

    CommunityActivity(ActivityLines lines) {
        this.lines = lines;
    }

    /** Lines of these kinds (all kinds when empty) at or after {@code since}, oldest first, hidden items left out. */
    public List<ActivityLine> since(long communityId, Instant since, Set<ActivityKind> kinds) {
        Set<ActivityKind> asked = kinds == null || kinds.isEmpty() ? EnumSet.allOf(ActivityKind.class) : kinds;
        return lines.since(communityId, EnumSet.of(Visibility.PUBLIC, Visibility.MEMBERS), asked, since, LIMIT);
    }
}
