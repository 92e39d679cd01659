package org.statcommons.discussions;

import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.NotAllowedException;
import org.statcommons.access.Permissions;
import org.statcommons.community.Community;
import org.statcommons.identity.Accounts;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.Text;

/** Marks a reply as a discussion's answer, or removes the mark: its author's choice, or a facilitator's. */
@Service
class MarkAnswer {

    private final Permissions permissions;
    private final Discussions discussions;
    private final Posts posts;
    private final Accounts accounts;
    private final DiscussionActivityPublisher activity;

    MarkAnswer(
            Permissions permissions,
            Discussions discussions,
            Posts posts,
            Accounts accounts,
            DiscussionActivityPublisher activity) {
        this.permissions = permissions;
        this.discussions = discussions;
        this.posts = posts;
        this.accounts = accounts;
        this.activity = activity;
    }

    /** Marks {@code postId} as the answer; null removes the mark. */
    @Transactional
    void mark(Actor actor, Community community, long threadId, Long postId) {
        permissions.require(actor, Action.POST_IN_DISCUSSIONS, community.id());
        Discussion discussion = discussions.inCommunity(community, threadId);
        if (discussion.startedBy() != actor.accountId()
                && !permissions.may(actor, Action.MANAGE_DISCUSSIONS, community.id())) {
            throw new NotAllowedException(Action.MANAGE_DISCUSSIONS, true, Text.of("discussions.answer.not-allowed"));
        }
        if (postId == null) {
            discussions.markAnswer(threadId, null, null);
            return;
        }
        Post answer = posts.byId(postId)
                .filter(p -> p.threadId() == threadId)
                .orElseThrow(() -> new InvalidInputException("post", Text.of("discussions.answer.not-in-discussion")));
        if (posts.isOpening(threadId, answer.id())) {
            throw new InvalidInputException("post", Text.of("discussions.answer.opening"));
        }
        if (!answer.visible()) {
            throw new InvalidInputException("post", Text.of("discussions.answer.not-visible"));
        }
        if (Objects.equals(discussion.answerPostId(), postId)) {
            return;
        }
        discussions.markAnswer(threadId, postId, actor.accountId());
        activity.answerMarked(
                community, discussion, answer, accounts.byId(actor.accountId()).orElseThrow());
    }
}
