package org.statcommons.discussions;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Community;
import org.statcommons.identity.Account;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.Text;

/**
 * Changes one's own post, starting from the version one saw; the text it replaces is kept as an earlier version.
 * The title changes with the opening post.
 */
@Service
class EditPost {

    private final Permissions permissions;
    private final Discussions discussions;
    private final Posts posts;
    private final PostVersions versions;
    private final PostRecorder recorder;
    private final DiscussionActivityPublisher activity;
    private final Clock clock;

    EditPost(
            Permissions permissions,
            Discussions discussions,
            Posts posts,
            PostVersions versions,
            PostRecorder recorder,
            DiscussionActivityPublisher activity,
            Clock clock) {
        this.permissions = permissions;
        this.discussions = discussions;
        this.posts = posts;
        this.versions = versions;
        this.recorder = recorder;
        this.activity = activity;
        this.clock = clock;
    }

    /**
     * @throws EditConflictException when the post changed since {@code change.version()}: nothing is written
     */
    @Transactional
    void edit(Actor actor, Community community, long threadId, long postId, PostChange change) {
        permissions.require(actor, Action.POST_IN_DISCUSSIONS, community.id());
        Discussion discussion = discussions.inCommunity(community, threadId);
        if (change.version() == null) {
            throw new InvalidInputException("version", Text.of("discussions.edit.version-required"));
        }
        Post post = posts.lock(discussion, postId).changeableBy(actor);
        boolean opening = posts.isOpening(threadId, postId);
        PostChecker checker = new PostChecker();
        String title = !opening ? null : change.title() == null ? discussion.title() : checker.title(change.title());
        String text = checker.body(change.body());
        checker.throwIfInvalid();
        if (post.version() != change.version()) {
            throw new EditConflictException(post, change.version());
        }
        Account author = recorder.writer(actor, community, text);
        Instant now = clock.instant();
        versions.keep(post, opening ? discussion.title() : null, now);
        if (opening) {
            discussions.retitle(threadId, title);
        }
        Set<Long> newlyMentioned = recorder.change(community, post, text, now);
        activity.mentionedInEdit(
                community, discussions.byId(threadId).orElseThrow(), postId, author, text, newlyMentioned);
    }
}
