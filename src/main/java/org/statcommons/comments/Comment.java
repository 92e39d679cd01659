package org.statcommons.comments;

import java.time.Instant;
import java.util.List;

/**
 * One comment of a thread as readers see it: {@code body} (Markdown) is null unless the comment is
 * {@link State#VISIBLE}; a deleted or hidden comment stays in the thread as a placeholder.
 */
public record Comment(long id, long threadId, long authorId, String authorName, String body, State state,
                      Instant createdAt, Instant editedAt, List<Long> mentions) {

    public enum State { VISIBLE, DELETED, HIDDEN }

    public boolean visible() {
        return state == State.VISIBLE;
    }
}
