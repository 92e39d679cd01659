package org.statcommons.comments;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.NotAllowedException;
import org.statcommons.community.Community;
import org.statcommons.community.CommunityTab;
import org.statcommons.community.Permitted;
import org.statcommons.moderation.HideItem;
import org.statcommons.platform.activity.Subject;
import org.statcommons.platform.web.ShowFormOnError;

/**
 * One comment: its author edits (on a screen of its own) or deletes it; a moderator hides it or shows it again. A
 * comment on a dataset too: the address asks the least commenting needs, the use case what its thread is on needs.
 */
@Controller
@CommunityTab("space")
class CommentController {

    private final CommentThreads threads;
    private final EditComment editComment;
    private final DeleteComment deleteComment;
    private final HideItem hideItem;
    private final CommentSubjects subjects;

    CommentController(
            CommentThreads threads,
            EditComment editComment,
            DeleteComment deleteComment,
            HideItem hideItem,
            CommentSubjects subjects) {
        this.subjects = subjects;
        this.threads = threads;
        this.editComment = editComment;
        this.deleteComment = deleteComment;
        this.hideItem = hideItem;
    }

    /** The edit form: the comment as it is, or what was typed when refused. */
    @GetMapping("/c/{slug}/comments/{id}/edit")
    String editForm(
            @Permitted(Action.COMMENT_ON_DATASETS) Community community,
            @PathVariable long id,
            @RequestParam(required = false) String body,
            Actor actor,
            Model model) {
        CommentThread thread = threads.ofCommentIn(community, id);
        subjects.requireCommenting(actor, community, thread.path());
        Comment comment = thread.comment(id);
        if (!comment.visible() || comment.authorId() != actor.accountId()) {
            throw new NotAllowedException(Action.COMMENT_ON_PAGE, true, "You may only change your own comments.");
        }
        model.addAttribute("comment", comment);
        model.addAttribute("body", body != null ? body : comment.body());
        model.addAttribute("action", CommentAddress.comment(community.slug(), comment.id(), "edit"));
        model.addAttribute("back", subjects.thread(community.slug(), thread.path(), thread.id()));
        return "comments/edit";
    }

    @PostMapping("/c/{slug}/comments/{id}/edit")
    @ShowFormOnError("editForm")
    String edit(
            @Permitted(Action.COMMENT_ON_DATASETS) Community community,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String body,
            Actor actor) {
        editComment.edit(actor, community, id, body);
        return backToThread(community, id);
    }

    @PostMapping("/c/{slug}/comments/{id}/delete")
    String delete(@Permitted(Action.COMMENT_ON_DATASETS) Community community, @PathVariable long id, Actor actor) {
        deleteComment.delete(actor, community, id);
        return backToThread(community, id);
    }

    @PostMapping("/c/{slug}/comments/{id}/hide")
    String hide(
            @Permitted(Action.MODERATE_CONTENT) Community community,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String reason,
            Actor actor) {
        String back = backToThread(community, id);
        hideItem.hide(actor, Subject.of("comment", id), true, reason);
        return back;
    }

    @PostMapping("/c/{slug}/comments/{id}/unhide")
    String unhide(
            @Permitted(Action.MODERATE_CONTENT) Community community,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String reason,
            Actor actor) {
        String back = backToThread(community, id);
        hideItem.hide(actor, Subject.of("comment", id), false, reason);
        return back;
    }

    /** To the comment's thread on its page ("not found" for a comment of another community). */
    private String backToThread(Community community, long commentId) {
        CommentThread thread = threads.ofCommentIn(community, commentId);
        return "redirect:" + subjects.thread(community.slug(), thread.path(), thread.id());
    }
}
