package org.statcommons.comments;

import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.comments.CommentJsonPresenter.ThreadJson;
import org.statcommons.comments.CommentThreadApi.CommentBodyJson;
import org.statcommons.community.Community;
import org.statcommons.community.Permitted;
import org.statcommons.moderation.HideItem;
import org.statcommons.platform.activity.Subject;

/** One comment over JSON: its author edits or deletes it, a moderator hides or shows it again. Each answers its thread. */
@RestController
@RequestMapping("/api/v1/communities/{slug}/comments/{id}")
class CommentApi {

    /** A moderator's reason, told to the author; may be left out. */
    record ReasonJson(String reason) {}

    private final CommentThreads threads;
    private final EditComment editComment;
    private final DeleteComment deleteComment;
    private final HideItem hideItem;
    private final CommentJsonPresenter json;

    CommentApi(
            CommentThreads threads,
            EditComment editComment,
            DeleteComment deleteComment,
            HideItem hideItem,
            CommentJsonPresenter json) {
        this.threads = threads;
        this.editComment = editComment;
        this.deleteComment = deleteComment;
        this.hideItem = hideItem;
        this.json = json;
    }

    @PatchMapping
    ThreadJson edit(
            @Permitted(Action.COMMENT_ON_DATASETS) Community community,
            @PathVariable long id,
            @RequestBody CommentBodyJson body,
            Actor actor) {
        editComment.edit(actor, community, id, body == null ? null : body.body());
        return json.thread(threads.ofCommentIn(community, id), actor);
    }

    @DeleteMapping
    ThreadJson delete(@Permitted(Action.COMMENT_ON_DATASETS) Community community, @PathVariable long id, Actor actor) {
        deleteComment.delete(actor, community, id);
        return json.thread(threads.ofCommentIn(community, id), actor);
    }

    @PostMapping("/{change:hide|unhide}")
    ThreadJson hide(
            @Permitted(Action.MODERATE_CONTENT) Community community,
            @PathVariable long id,
            @PathVariable String change,
            @RequestBody(required = false) ReasonJson reason,
            Actor actor) {
        CommentThread thread = threads.ofCommentIn(community, id);
        hideItem.hide(actor, Subject.of("comment", id), change.equals("hide"), reason == null ? null : reason.reason());
        return json.thread(threads.byId(thread.id()).orElseThrow(), actor);
    }
}
