package org.statcommons.comments;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.community.Community;
import org.statcommons.content.PageAddress;
import org.statcommons.moderation.ModerationDecisions;
import org.statcommons.platform.activity.Subject;

/**
 * Comments over JSON, with the same rules as the forms. A page's threads are under
 * {@code page-comments/{path}} because the page path (with its slashes) has to end the address.
 */
@RestController
@RequestMapping("/api/v1/communities/{slug}")
class CommentApi {

    record CommentBody(String body) {
    }

    record CommentJson(long id, long authorId, String author, String state, String body, String html, Instant createdAt,
                       Instant editedAt, List<Long> mentions) {
    }

    record ThreadJson(long id, String path, boolean resolved, Instant resolvedAt, String resolvedBy, List<CommentJson> comments) {
    }

    private final CommentSite site;
    private final Commenting commenting;
    private final Comments comments;
    private final CommentHtml html;
    private final ModerationDecisions decisions;

    CommentApi(CommentSite site, Commenting commenting, Comments comments, CommentHtml html, ModerationDecisions decisions) {
        this.decisions = decisions;
        this.site = site;
        this.commenting = commenting;
        this.comments = comments;
        this.html = html;
    }

    @GetMapping("/page-comments/{*rest}")
    List<ThreadJson> onPage(@PathVariable String slug, @PathVariable String rest, Actor actor) {
        Community community = site.community(slug, actor, Action.VIEW_SPACE);
        return comments.onPage(community.id(), PageAddress.path(rest)).stream().map(this::json).toList();
    }

    @PostMapping("/page-comments/{*rest}")
    ResponseEntity<ThreadJson> start(@PathVariable String slug, @PathVariable String rest, @RequestBody CommentBody body, Actor actor) {
        Community community = site.community(slug, actor, Action.COMMENT_ON_PAGE);
        long id = commenting.start(actor, community.id(), PageAddress.path(rest), body == null ? null : body.body());
        CommentThread thread = comments.threadOf(id).orElseThrow();
        return ResponseEntity.created(URI.create("/api/v1/communities/" + slug + "/threads/" + thread.id())).body(json(thread));
    }

    @GetMapping("/threads/{id}")
    ThreadJson thread(@PathVariable String slug, @PathVariable long id, Actor actor) {
        return json(site.thread(slug, id, actor, Action.VIEW_SPACE));
    }

    @PostMapping("/threads/{id}/replies")
    ThreadJson reply(@PathVariable String slug, @PathVariable long id, @RequestBody CommentBody body, Actor actor) {
        site.thread(slug, id, actor, Action.COMMENT_ON_PAGE);
        commenting.reply(actor, id, body == null ? null : body.body());
        return json(comments.thread(id).orElseThrow());
    }

    @PostMapping("/threads/{id}/resolve")
    ThreadJson resolve(@PathVariable String slug, @PathVariable long id, Actor actor) {
        site.thread(slug, id, actor, Action.COMMENT_ON_PAGE);
        commenting.resolve(actor, id, true);
        return json(comments.thread(id).orElseThrow());
    }

    @PostMapping("/threads/{id}/reopen")
    ThreadJson reopen(@PathVariable String slug, @PathVariable long id, Actor actor) {
        site.thread(slug, id, actor, Action.COMMENT_ON_PAGE);
        commenting.resolve(actor, id, false);
        return json(comments.thread(id).orElseThrow());
    }

    @PatchMapping("/comments/{id}")
    ThreadJson edit(@PathVariable String slug, @PathVariable long id, @RequestBody CommentBody body, Actor actor) {
        CommentThread thread = site.threadOfComment(slug, id, actor, Action.COMMENT_ON_PAGE);
        commenting.edit(actor, id, body == null ? null : body.body());
        return json(comments.thread(thread.id()).orElseThrow());
    }

    @DeleteMapping("/comments/{id}")
    ThreadJson delete(@PathVariable String slug, @PathVariable long id, Actor actor) {
        CommentThread thread = site.threadOfComment(slug, id, actor, Action.COMMENT_ON_PAGE);
        commenting.delete(actor, id);
        return json(comments.thread(thread.id()).orElseThrow());
    }

    /** A moderator's reason, told to the author; may be left out. */
    record Reason(String reason) {
    }

    @PostMapping("/comments/{id}/hide")
    ThreadJson hide(@PathVariable String slug, @PathVariable long id, @RequestBody(required = false) Reason reason, Actor actor) {
        CommentThread thread = site.threadOfComment(slug, id, actor, Action.MODERATE_CONTENT);
        decisions.hideItem(actor, Subject.of("comment", id), true, reason == null ? null : reason.reason());
        return json(comments.thread(thread.id()).orElseThrow());
    }

    @PostMapping("/comments/{id}/unhide")
    ThreadJson unhide(@PathVariable String slug, @PathVariable long id, @RequestBody(required = false) Reason reason, Actor actor) {
        CommentThread thread = site.threadOfComment(slug, id, actor, Action.MODERATE_CONTENT);
        decisions.hideItem(actor, Subject.of("comment", id), false, reason == null ? null : reason.reason());
        return json(comments.thread(thread.id()).orElseThrow());
    }

    private ThreadJson json(CommentThread thread) {
        return new ThreadJson(thread.id(), thread.path(), thread.resolved(), thread.resolvedAt(), thread.resolvedBy(),
                thread.comments().stream().map(c -> new CommentJson(c.id(), c.authorId(), c.authorName(), c.state().name(),
                        c.body(), c.visible() ? html.render(c.body()) : null, c.createdAt(), c.editedAt(), c.mentions())).toList());
    }
}
