package org.statcommons.discussions;

import java.time.Instant;
import java.util.List;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.NotAllowedException;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.Text;

/**
 * One post of a discussion, the opening post first. {@code body} (Markdown) is empty once the author deleted
 * it; a hidden post keeps its text for moderators, and readers are shown only that a moderator hid it.
 *
 * @param quotesPostId the earlier post this one quotes, or null
 * @param version      1 when written, one more with every edit: an edit names the version it started from
 */
public record Post(
        long id,
        long threadId,
        long authorId,
        String authorName,
        String body,
        State state,
        Long quotesPostId,
        int version,
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

    /** This post, when the actor may change it (their own, still visible); refused otherwise. */
    Post changeableBy(Actor actor) {
        if (authorId != actor.accountId()) {
            throw new NotAllowedException(Action.POST_IN_DISCUSSIONS, true, Text.of("discussions.post.only-own"));
        }
        if (!visible()) {
            throw new ConflictException(
                    state == State.HIDDEN
                            ? Text.of("discussions.post.hidden-unchangeable")
                            : Text.of("discussions.post.deleted-unchangeable"));
        }
        return this;
    }
}
