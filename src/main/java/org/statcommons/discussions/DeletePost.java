package org.statcommons.discussions;

import java.time.Clock;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Community;

/** Deletes one's own post: readers see a placeholder; its last text is kept with the earlier versions. */
@Service
class DeletePost {

    private final Permissions permissions;
    private final Discussions discussions;
    private final Posts posts;
    private final PostVersions versions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DeletePost(
            Permissions permissions,
            Discussions discussions,
            Posts posts,
            PostVersions versions,
            ApplicationEventPublisher events,
            Clock clock) {
        this.permissions = permissions;
        this.discussions = discussions;
        this.posts = posts;
        this.versions = versions;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    void delete(Actor actor, Community community, long threadId, long postId) {
        permissions.require(actor, Action.POST_IN_DISCUSSIONS, community.id());
        Discussion discussion = discussions.inCommunity(community, threadId);
        Post post = posts.lock(discussion, postId).changeableBy(actor);
        Instant now = clock.instant();
        versions.keep(post, posts.isOpening(threadId, postId) ? discussion.title() : null, now);
        posts.delete(postId, now);
        if (discussion.answerPostId() != null && discussion.answerPostId() == postId) {
            discussions.markAnswer(threadId, null, null);
        }
        events.publishEvent(new PostChanged(postId, threadId, community.id()));
    }
}
