package org.statcommons.data;

import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.comments.CommentJsonPresenter;
import org.statcommons.comments.CommentJsonPresenter.ThreadJson;
import org.statcommons.comments.StartCommentThread;
import org.statcommons.community.Community;
import org.statcommons.community.Permitted;

/**
 * A dataset's questions and comments over JSON: its threads, and a new one. A thread's replies, resolving and its
 * comments' changes are the comments API's ({@code /api/v1/communities/{slug}/threads/{id}}, {@code …/comments/{id}}).
 * A draft's threads are "not found" to everyone outside its data team ({@link DatasetCommentSubject}).
 */
@RestController
@RequestMapping("/api/v1/communities/{slug}/datasets/{id}/comments")
class DatasetCommentApi {

    /** A new question: its text, as sent. */
    record QuestionJson(String body) {}

    private final StartCommentThread startThread;
    private final CommentJsonPresenter json;

    DatasetCommentApi(StartCommentThread startThread, CommentJsonPresenter json) {
        this.startThread = startThread;
        this.json = json;
    }

    @GetMapping
    List<ThreadJson> threads(
            @Permitted(Action.VIEW_COMMUNITY_LANDING) Community community, @PathVariable long id, Actor actor) {
        return json.onSubject(actor, community, DatasetCommentSubject.KIND, String.valueOf(id));
    }

    @PostMapping
    ResponseEntity<ThreadJson> ask(
            @Permitted(Action.COMMENT_ON_DATASETS) Community community,
            @PathVariable long id,
            @RequestBody QuestionJson question,
            Actor actor) {
        long thread = startThread.onSubject(
                actor,
                community,
                DatasetCommentSubject.KIND,
                String.valueOf(id),
                question == null ? null : question.body());
        return ResponseEntity.created(URI.create("/api/v1/communities/" + community.slug() + "/threads/" + thread))
                .body(json.thread(community, thread, actor));
    }
}
