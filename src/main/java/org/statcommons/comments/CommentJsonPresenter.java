package org.statcommons.comments;

import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

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

    /** The passage a thread is on: its text when the thread was started, and its number on the page then. */
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

    CommentJsonPresenter(CommentRenderer html) {
        this.html = html;
    }

    ThreadJson thread(CommentThread thread) {
        return new ThreadJson(
                thread.id(),
                thread.path(),
                thread.passage() == null
                        ? null
                        : new PassageJson(
                                thread.passage().text(), thread.passage().number()),
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
