package org.statcommons.discussions;

import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Community;
import org.statcommons.identity.Account;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.Text;

/**
 * Replies to an open discussion, quoting one of its posts or not: from the form, the API, or an e-mail
 * ({@link #replyByMail}, the one entry point for {@code mailreplies}).
 */
@Service
public class PostReply {

    private final Permissions permissions;
    private final Discussions discussions;
    private final Posts posts;
    private final PostRecorder recorder;
    private final DiscussionActivityPublisher activity;
    private final Clock clock;

    PostReply(
            Permissions permissions,
            Discussions discussions,
            Posts posts,
            PostRecorder recorder,
            DiscussionActivityPublisher activity,
            Clock clock) {
        this.permissions = permissions;
        this.discussions = discussions;
        this.posts = posts;
        this.recorder = recorder;
        this.activity = activity;
        this.clock = clock;
    }

    /**
     * A reply that came by e-mail: the same permission, limits and checks as a reply typed on the web. Returns
     * the address of the new post, a path on this server.
     */
    @Transactional
    public String replyByMail(Actor actor, Community community, long threadId, String body) {
        long postId = reply(actor, community, threadId, new NewReply(body, null));
        return DiscussionAddress.post(community.slug(), threadId, postId);
    }

    /** Returns the new post's id; a closed discussion refuses it (409) with nothing written. */
    @Transactional
    long reply(Actor actor, Community community, long threadId, NewReply reply) {
        permissions.require(actor, Action.POST_IN_DISCUSSIONS, community.id());
        // locked, so that a discussion closed meanwhile takes no more replies
        Discussion discussion =
                discussions.lock(discussions.inCommunity(community, threadId).id());
        if (discussion.closed()) {
            throw new ConflictException(Text.of("discussions.reply.closed"));
        }
        PostChecker checker = new PostChecker();
        String text = checker.body(reply.body());
        if (reply.quotes() != null
                && posts.byId(reply.quotes())
                        .filter(p -> p.threadId() == threadId)
                        .isEmpty()) {
            checker.error("quotes", Text.of("discussions.reply.quote-elsewhere"));
        }
        checker.throwIfInvalid();
        Account author = recorder.writer(actor, community, text);
        Instant now = clock.instant();
        PostRecorder.Recorded recorded = recorder.add(community, threadId, author, text, reply.quotes(), now);
        discussions.touch(threadId, now);
        activity.replied(community, discussion, recorded.postId(), author, text, recorded.mentioned());
        return recorded.postId();
    }
}
