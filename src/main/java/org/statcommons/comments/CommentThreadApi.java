package org.statcommons.comments;

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
import org.statcommons.comments.CommentJsonPresenter.ThreadJson;
import org.statcommons.community.Community;
import org.statcommons.community.Permitted;
import org.statcommons.content.PageAddress;

/**
 * Comment threads over JSON, with the same rules as the forms: a page's threads, starting one, replying,
 * resolving and reopening. A page's threads are under {@code page-comments/{path}} because the page path (with
 * its slashes) has to end the address. {@link CommentApi} changes single comments. A thread by its id, its replies and
 * resolving serve threads on a {@link CommentSubject}'s thing too (a dataset): one may not read is not found.
 */
@RestController
@RequestMapping("/api/v1/communities/{slug}")
class CommentThreadApi {

    /** A comment's text, as sent. */
    record CommentBodyJson(String body) {}

    /**
     * A new thread: its first comment, and optionally the passage it is on (its number on the page, from 1, as read
     * in {@code version}, the page's commit; no version: the current one).
     */
    record NewThreadJson(String body, Integer passage, String version) {}

    private final CommentThreads threads;
    private final StartCommentThread startThread;
    private final ReplyInThread replyInThread;
    private final ResolveThread resolveThread;
    private final CommentJsonPresenter json;

    CommentThreadApi(
            CommentThreads threads,
            StartCommentThread startThread,
            ReplyInThread replyInThread,
            ResolveThread resolveThread,
            CommentJsonPresenter json) {
        this.threads = threads;
        this.startThread = startThread;
        this.replyInThread = replyInThread;
        this.resolveThread = resolveThread;
        this.json = json;
    }

    @GetMapping("/page-comments/{*rest}")
    List<ThreadJson> onPage(@Permitted(Action.VIEW_SPACE) Community community, @PathVariable String rest, Actor actor) {
        return threads.onPage(community.id(), PageAddress.path(rest)).stream()
                .map(thread -> json.thread(thread, actor))
                .toList();
    }

    @PostMapping("/page-comments/{*rest}")
    ResponseEntity<ThreadJson> start(
            @Permitted(Action.COMMENT_ON_PAGE) Community community,
            @PathVariable String rest,
            @RequestBody NewThreadJson body,
            Actor actor) {
        StartCommentThread.PassageRequest passage = body == null || body.passage() == null
                ? null
                : new StartCommentThread.PassageRequest(body.passage(), body.version());
        long id =
                startThread.start(actor, community, PageAddress.path(rest), body == null ? null : body.body(), passage);
        return ResponseEntity.created(URI.create("/api/v1/communities/" + community.slug() + "/threads/" + id))
                .body(json.thread(threads.byId(id).orElseThrow(), actor));
    }

    @GetMapping("/threads/{id}")
    ThreadJson thread(
            @Permitted(Action.VIEW_COMMUNITY_LANDING) Community community, @PathVariable long id, Actor actor) {
        return json.thread(community, id, actor);
    }

    @PostMapping("/threads/{id}/replies")
    ThreadJson reply(
            @Permitted(Action.COMMENT_ON_DATASETS) Community community,
            @PathVariable long id,
            @RequestBody CommentBodyJson body,
            Actor actor) {
        replyInThread.reply(actor, community, id, body == null ? null : body.body());
        return json.thread(threads.inCommunity(community, id), actor);
    }

    @PostMapping("/threads/{id}/{change:resolve|reopen}")
    ThreadJson resolve(
            @Permitted(Action.COMMENT_ON_DATASETS) Community community,
            @PathVariable long id,
            @PathVariable String change,
            Actor actor) {
        resolveThread.resolve(actor, community, id, change.equals("resolve"));
        return json.thread(threads.inCommunity(community, id), actor);
    }
}
