package org.statcommons.comments;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.statcommons.content.ChangedPath;
import org.statcommons.content.SpaceChanged;
import org.statcommons.content.SpaceChanges;

/**
 * Threads and their followers follow their page: when main's new commits moved a page, its threads move to the new path, in
 * the transaction that moved main (so no one reads a page whose comments are still at the old address).
 * A deleted page keeps its threads at its path; restoring the page brings them back.
 */
@Component
class ThreadMover {

    private final CommentThreads threads;
    private final SpaceChanges changes;
    private final PageFollowers followers;

    ThreadMover(CommentThreads threads, SpaceChanges changes, PageFollowers followers) {
        this.threads = threads;
        this.changes = changes;
        this.followers = followers;
    }

    @EventListener
    void on(SpaceChanged changed) {
        changes.between(changed.communityId(), changed.before(), changed.after())
                .ifPresent(paths -> {
                    for (ChangedPath path : paths) {
                        if (path.change() == 'R') {
                            threads.move(changed.communityId(), path.oldPath(), path.path());
                            followers.move(changed.communityId(), path.oldPath(), path.path());
                        }
                    }
                });
    }
}
