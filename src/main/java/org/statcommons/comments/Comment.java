package org.statcommons.comments;

import java.time.Instant;
import java.util.List;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.NotAllowedException;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.Text;

/**
 * One comment of a thread as readers see it: {@code body} (Markdown) is null unless the comment is
 * {@link State#VISIBLE}; a deleted or hidden comment stays in the thread as a placeholder.
 */
public record Comment(
        long id,
        long threadId,
        long authorId,
        String authorName,
        String body,
        State state,
        Instant createdAt,
        Instant editedAt,
        List<Long> mentions) {

    public enum State {
        VISIBLE,
        DELETED,
        HIDDEN
    }

    public boolean visible() {
        return state == State.VISIBLE;
    }

    /** This comment, when the actor may change it (their own, still visible); refused otherwise. */
    Comment changeableBy(Actor actor) {
        if (authorId != actor.accountId()) {
            throw new NotAllowedException(Action.COMMENT_ON_PAGE, true, "You may only change your own comments.");
        }
        if (!visible()) {
            throw new ConflictException(Text.of("comments.already-gone"));
        }
        return this;
    }
}
