package org.statcommons.comments;

import java.util.Optional;
import java.util.Set;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.community.Community;
import org.statcommons.platform.activity.ActivityKind;

/**
 * Something other than a page that people discuss in threads of comments (a dataset), told to this feature by the
 * feature that owns it, which alone knows who may read it: comments keeps the threads, the owner answers for its
 * things. A thread is on the subject {@code kind:id} ({@link CommentSubjects#key}), which can never be a page's path (a
 * page's path ends in {@code .md}). Every channel of comments (the forms, the API, e-mail replies, notices, moderation)
 * asks it the same questions.
 */
public interface CommentSubject {

    /** The kind of thing, the key's first part ({@code dataset}): lower-case letters and hyphens. */
    String kind();

    /** The action whoever writes in its threads needs (asked of the one policy once they may read the thing). */
    Action commenting();

    /**
     * Whether the actor may read the thing and its threads in this community. False too for an {@code id} the
     * community does not have: both are answered "not found", so that a thing one may not read is not told to exist.
     */
    boolean readable(Actor actor, Community community, String id);

    /** How people name it in a notice or a moderator's queue (its title); empty when it is gone. */
    Optional<String> title(long communityId, String id);

    /** The address of its page, where its threads are shown (a path on this server). */
    String address(String slug, String id);

    /**
     * The kind of notice its followers and those it asks are told of a new comment by; personal, never a line of the
     * community's stream (which members outside those who may read the thing would see).
     */
    ActivityKind told();

    /** Who is asked when a new thread (a question) starts on it, besides its followers: the people who answer for it. */
    Set<Long> askedOf(long communityId, String id);
}
