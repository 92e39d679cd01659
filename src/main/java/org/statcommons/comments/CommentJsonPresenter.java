package org.statcommons.comments;

import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.content.HiddenPages;

/** Comment threads as the API shows them: a deleted or hidden comment keeps its place, without its text. */
@Component
class CommentJsonPresenter {

    record CommentJson(
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
    record PassageJson(String text, int number) {}

    /** {@code passage} is null for a thread on the whole page. */
    record ThreadJson(
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

    CommentJsonPresenter(CommentRenderer html, HiddenPages hiddenPages, Permissions permissions) {
        this.html = html;
        this.hiddenPages = hiddenPages;
        this.permissions = permissions;
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
