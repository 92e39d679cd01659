package org.statcommons.comments;

import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Community;
import org.statcommons.content.HiddenPages;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;

/**
 * Comment threads as the API shows them: a deleted or hidden comment keeps its place, without its text. Public for the
 * features whose things have threads ({@link CommentSubject}), which list and start them at their own addresses.
 */
@Component
public class CommentJsonPresenter {

    public record CommentJson(
            long id,
            long authorId,
            String author,
            String state,
            String body,
            String html,
            Instant createdAt,
            Instant editedAt,
            List<Long> mentions) {}

    /**
     * The passage a thread is on: its text when the thread was started (null when the page is hidden from the
     * reader), and its number on the page then.
     */
    public record PassageJson(String text, int number) {}

    /**
     * {@code path} is the page's path, or the subject's key ({@code dataset:12}); {@code passage} is null for a thread on
     * the whole page.
     */
    public record ThreadJson(
            long id,
            String path,
            PassageJson passage,
            boolean resolved,
            Instant resolvedAt,
            String resolvedBy,
            List<CommentJson> comments) {}

    private final CommentRenderer html;
    private final HiddenPages hiddenPages;
    private final Permissions permissions;

    private final CommentThreads threads;
    private final CommentSubjects subjects;

    CommentJsonPresenter(
            CommentRenderer html,
            HiddenPages hiddenPages,
            Permissions permissions,
            CommentThreads threads,
            CommentSubjects subjects) {
        this.threads = threads;
        this.subjects = subjects;
        this.html = html;
        this.hiddenPages = hiddenPages;
        this.permissions = permissions;
    }

    /** The threads on one thing of a subject, oldest first; "not found" to anyone who may not read it. */
    public List<ThreadJson> onSubject(Actor actor, Community community, String kind, String id) {
        String key = CommentSubjects.key(subjects.ofKind(kind).kind(), id);
        if (!subjects.readable(actor, community, key)) {
            throw new NotFoundException(Text.of("comments.no-thread"));
        }
        return threads.onPage(community.id(), key).stream()
                .map(thread -> thread(thread, actor))
                .toList();
    }

    /**
     * One thread of the community, when the actor may read it: a page's needs {@code VIEW_SPACE} ("not allowed"), a
     * subject's thing's is "not found" to whoever may not read the thing. Public, so asked here rather than trusted to
     * each caller.
     */
    public ThreadJson thread(Community community, long threadId, Actor actor) {
        return thread(subjects.read(actor, community, threads.inCommunity(community, threadId)), actor);
    }

    /** The thread as this reader sees it: the words of a passage of a hidden page only for those who moderate. */
    ThreadJson thread(CommentThread thread, Actor actor) {
        PassageAnchor passage = thread.passage();
        boolean quoted = passage != null
                && (!hiddenPages.hidden(thread.communityId(), thread.path())
                        || permissions.may(actor, Action.MODERATE_CONTENT, thread.communityId()));
        return new ThreadJson(
                thread.id(),
                thread.path(),
                passage == null ? null : new PassageJson(quoted ? passage.text() : null, passage.number()),
                thread.resolved(),
                thread.resolvedAt(),
                thread.resolvedBy(),
                thread.comments().stream()
                        .map(c -> new CommentJson(
                                c.id(),
                                c.authorId(),
                                c.authorName(),
                                c.state().name(),
                                c.body(),
                                c.visible() ? html.render(c.body()) : null,
                                c.createdAt(),
                                c.editedAt(),
                                c.mentions()))
                        .toList());
    }
}
