package org.statcommons.discussions;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.NotAllowedException;
import org.statcommons.access.Permissions;
import org.statcommons.community.Community;
import org.statcommons.identity.Accounts;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.NotFoundException;

/**
 * What happens to a discussion as a whole: a reply marked as its answer (by its author, or by those who
 * manage discussions), closing and reopening, pinning and unpinning (those who manage discussions), and each
 * person's choice to follow or mute it.
 */
@Service
class ThreadStates {

    private final JdbcClient db;
    private final Permissions permissions;
    private final Discussions discussions;
    private final Subscriptions subscriptions;
    private final Accounts accounts;
    private final DiscussionActivity activity;

    ThreadStates(JdbcClient db, Permissions permissions, Discussions discussions, Subscriptions subscriptions, Accounts accounts,
                 DiscussionActivity activity) {
        this.db = db;
        this.permissions = permissions;
        this.discussions = discussions;
        this.subscriptions = subscriptions;
        this.accounts = accounts;
        this.activity = activity;
    }

    /** Marks a reply of this discussion as its answer, or with {@code postId} null removes the mark. */
    @Transactional
    public void markAnswer(Actor actor, Community community, long threadId, Long postId) {
        permissions.require(actor, Action.POST_IN_DISCUSSIONS, community.id());
        Discussion discussion = discussion(community, threadId);
        if (discussion.startedBy() != actor.accountId() && !permissions.may(actor, Action.MANAGE_DISCUSSIONS, community.id())) {
            throw new NotAllowedException(Action.MANAGE_DISCUSSIONS, true,
                    "Only the person who started this discussion, or a facilitator, may mark its answer.");
        }
        if (postId == null) {
            db.sql("update discussions.threads set answer_post_id = null, answer_marked_by = null where id = ?").param(threadId).update();
            return;
        }
        Post answer = discussions.post(postId).filter(p -> p.threadId() == threadId)
                .orElseThrow(() -> new InvalidInputException("post", "That post is not part of this discussion: only a reply"
                        + " in this discussion can be its answer."));
        if (discussions.posts(threadId).get(0).id() == answer.id()) {
            throw new InvalidInputException("post", "The opening post cannot be its own answer: mark a reply.");
        }
        if (!answer.visible()) {
            throw new InvalidInputException("post", "A deleted or hidden post cannot be the answer.");
        }
        if (discussion.answerPostId() != null && discussion.answerPostId() == postId) {
            return;
        }
        db.sql("update discussions.threads set answer_post_id = ?, answer_marked_by = ? where id = ?")
                .params(postId, actor.accountId(), threadId).update();
        activity.answerMarked(community, discussion, answer, accounts.byId(actor.accountId()).orElseThrow());
    }

    @Transactional
    public void close(Actor actor, Community community, long threadId, boolean closed) {
        permissions.require(actor, Action.MANAGE_DISCUSSIONS, community.id());
        discussion(community, threadId);
        if (closed) {
            db.sql("update discussions.threads set closed_at = now(), closed_by = ? where id = ? and closed_at is null")
                    .params(actor.accountId(), threadId).update();
        } else {
            db.sql("update discussions.threads set closed_at = null, closed_by = null where id = ?").param(threadId).update();
        }
    }

    @Transactional
    public void pin(Actor actor, Community community, long threadId, boolean pinned) {
        permissions.require(actor, Action.MANAGE_DISCUSSIONS, community.id());
        discussion(community, threadId);
        if (pinned) {
            db.sql("update discussions.threads set pinned_at = now(), pinned_by = ? where id = ? and pinned_at is null")
                    .params(actor.accountId(), threadId).update();
        } else {
            db.sql("update discussions.threads set pinned_at = null, pinned_by = null where id = ?").param(threadId).update();
        }
    }

    /** The actor follows the discussion, mutes it, or neither (told only when mentioned). */
    @Transactional
    public void subscribe(Actor actor, Community community, long threadId, Subscriptions.State state) {
        permissions.require(actor, Action.POST_IN_DISCUSSIONS, community.id());
        discussion(community, threadId);
        subscriptions.set(threadId, actor.accountId(), state);
    }

    private Discussion discussion(Community community, long threadId) {
        return discussions.byId(threadId).filter(d -> d.communityId() == community.id())
                .orElseThrow(() -> new NotFoundException("There is no such discussion in this community."));
    }
}
