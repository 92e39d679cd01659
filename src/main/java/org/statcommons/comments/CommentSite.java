package org.statcommons.comments;

import org.springframework.stereotype.Component;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Communities;
import org.statcommons.community.Community;
import org.statcommons.platform.NotFoundException;

/**
 * What the comment forms and the API look up first: the community, the policy's answer (asked before
 * anything is looked up, so a refusal never tells what exists), then the thread, which must belong to it.
 */
@Component
class CommentSite {

    private final Communities communities;
    private final Permissions permissions;
    private final Comments comments;

    CommentSite(Communities communities, Permissions permissions, Comments comments) {
        this.communities = communities;
        this.permissions = permissions;
        this.comments = comments;
    }

    Community community(String slug, Actor actor, Action action) {
        Community community = communities.require(slug);
        permissions.require(actor, action, community.id());
        return community;
    }

    CommentThread thread(String slug, long threadId, Actor actor, Action action) {
        Community community = community(slug, actor, action);
        return comments.thread(threadId).filter(t -> t.communityId() == community.id())
                .orElseThrow(() -> new NotFoundException("There is no such comment thread."));
    }

    CommentThread threadOfComment(String slug, long commentId, Actor actor, Action action) {
        Community community = community(slug, actor, action);
        return comments.threadOf(commentId).filter(t -> t.communityId() == community.id())
                .orElseThrow(() -> new NotFoundException("There is no such comment."));
    }

    static Comment comment(CommentThread thread, long commentId) {
        return thread.comments().stream().filter(c -> c.id() == commentId).findFirst().orElseThrow();
    }
}
