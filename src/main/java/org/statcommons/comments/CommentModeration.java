package org.statcommons.comments;

import java.time.Clock;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.statcommons.access.Actor;
import org.statcommons.community.Communities;
import org.statcommons.community.Community;
import org.statcommons.moderation.ModeratedContent;
import org.statcommons.platform.Text;
import org.statcommons.platform.activity.Subject;

/**
 * Comments as items people flag and moderators hide ({@code comment:<id>}). Whoever may read a thread (the space, or
 * the subject's thing it is on) may flag a comment in it; a hidden comment stays in its thread as a placeholder, keeps
 * its text for the record and leaves the search index (through {@link CommentChanged}).
 */
@Component
class CommentModeration implements ModeratedContent {

    private final CommentThreads threads;
    private final Comments comments;
    private final Communities communities;
    private final CommentSubjects subjects;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CommentModeration(
            CommentThreads threads,
            Comments comments,
            Communities communities,
            CommentSubjects subjects,
            ApplicationEventPublisher events,
            Clock clock) {
        this.threads = threads;
        this.comments = comments;
        this.communities = communities;
        this.subjects = subjects;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return "comment";
    }

    @Override
    public Optional<FlaggedItem> describe(Subject item, Actor viewer) {
        Optional<Long> id = id(item);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        Optional<CommentThread> thread = threads.ofComment(id.get());
        Optional<Community> community = thread.flatMap(t -> communities.byId(t.communityId()));
        if (community.isEmpty()
                || !subjects.readable(viewer, community.get(), thread.get().path())) {
            return Optional.empty();
        }
        Comment comment = thread.get().comment(id.get());
        if (comment.state() == Comment.State.DELETED) {
            return Optional.empty();
        }
        // a hidden comment's text is shown to no one through its thread; moderators judge it by the flag's copy
        String text = comment.visible() ? comment.body() : "";
        return Optional.of(new FlaggedItem(
                Subject.of(kind(), comment.id()),
                community.get().id(),
                comment.authorId(),
                comment.authorName(),
                // named in each moderator's language; the name and the page's address as they are
                Text.of(
                        "comments.moderation.title",
                        comment.authorName(),
                        subjects.name(community.get().id(), thread.get().path())),
                text,
                subjects.address(community.get().slug(), thread.get().path()) + "#comment-" + comment.id(),
                comment.state() == Comment.State.HIDDEN));
    }

    @Override
    public void hide(Subject item, boolean hidden) {
        long id = id(item).orElseThrow();
        threads.ofComment(id).ifPresent(thread -> {
            if (comments.hide(id, hidden ? clock.instant() : null)) {
                events.publishEvent(new CommentChanged(id, thread.communityId(), thread.path()));
            }
        });
    }

    private static Optional<Long> id(Subject item) {
        try {
            return Optional.of(Long.parseLong(item.id()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
