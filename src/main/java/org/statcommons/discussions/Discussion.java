package org.statcommons.discussions;

import java.time.Instant;

/**
 * A discussion thread as lists and pages show it. {@code title} is what its author wrote; when a moderator
 * hid the opening post ({@code openingHidden}) pages show it only to moderators.
 *
 * @param topicGroupId   the topic group it belongs to, or null for the whole community
 * @param answerPostId   the reply marked as the answer, or null
 * @param replies        how many posts follow the opening one (deleted and hidden ones included)
 */
public record Discussion(
        long id,
        long communityId,
        Long topicGroupId,
        String title,
        long startedBy,
        String startedByName,
        Instant startedAt,
        Instant lastActivityAt,
        Instant closedAt,
        Instant pinnedAt,
        Long answerPostId,
        int replies,
        boolean openingHidden) {

    static final String HIDDEN_TITLE = "Hidden by a moderator";

    /** The title as a reader sees it: while a moderator hides the opening post, only moderators read it. */
    public String title(boolean moderator) {
        return openingHidden && !moderator ? HIDDEN_TITLE : title;
    }

    public boolean closed() {
        return closedAt != null;
    }

    public boolean pinned() {
        return pinnedAt != null;
    }

    public boolean answered() {
        return answerPostId != null;
    }
}
