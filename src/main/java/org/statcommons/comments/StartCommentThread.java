package org.statcommons.comments;

import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Community;
import org.statcommons.content.Pages;
import org.statcommons.moderation.PostingLimiter;

/** Starts a comment thread on an existing page of a community's space. */
@Service
class StartCommentThread {

    private final Permissions permissions;
    private final Pages pages;
    private final PostingLimiter limits;
    private final CommentThreads threads;
    private final CommentRecorder recorder;
    private final Clock clock;

    StartCommentThread(
            Permissions permissions,
            Pages pages,
            PostingLimiter limits,
            CommentThreads threads,
            CommentRecorder recorder,
            Clock clock) {
        this.permissions = permissions;
        this.pages = pages;
        this.limits = limits;
        this.threads = threads;
        this.recorder = recorder;
        this.clock = clock;
    }

    /** Returns the new thread's id; a page that does not exist is "not found". */
    @Transactional
    long start(Actor actor, Community community, String path, String body) {
        permissions.require(actor, Action.COMMENT_ON_PAGE, community.id());
        String text = CommentRecorder.checked(body);
        String page = pages.read(community.id(), path).path();
        limits.check(actor, community.id(), text);
        Instant now = clock.instant();
        long threadId = threads.insert(community.id(), page, actor.accountId(), now);
        recorder.add(actor, new ThreadPlace(threadId, community.id(), page), text, false, now);
        return threadId;
    }
}
