package org.statcommons.discussions;

import java.time.Instant;
import java.util.List;

/**
 * One post of a discussion, the opening post first. {@code body} (Markdown) is empty once the author deleted
 * it; a hidden post keeps its text for moderators, and readers are shown only that a moderator hid it.
 *
 * @param quotesPostId the earlier post this one quotes, or null
 * @param version      1 when written, one more with every edit: an edit names the version it started from
 */
public record Post(long id, long threadId, long authorId, String authorName, String body, State state, Long quotesPostId,
                   int version, Instant createdAt, Instant editedAt, List<Long> mentions) {

    public enum State { VISIBLE, DELETED, HIDDEN }

    public boolean visible() {
        return state == State.VISIBLE;
    }
}
