package org.statcommons.academy;

import java.time.Instant;
import org.statcommons.content.CourseSpace;

/**
 * A course of a community: its address ({@code name}, unique in the community) and whether anyone may read it
 * ({@code open}) or only the community's members. Its material is in its Git repository ({@link #spaceKey}).
 */
record Course(long id, long communityId, String name, boolean open, long createdBy, Instant createdAt) {

    /** The key of the course's repository in content's engine. */
    long spaceKey() {
        return CourseSpace.keyOf(id);
    }
}
