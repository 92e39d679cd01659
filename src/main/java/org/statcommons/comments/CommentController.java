package org.statcommons.comments;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.NotAllowedException;
import org.statcommons.community.Community;
import org.statcommons.content.PageAddress;
import org.statcommons.moderation.ModerationDecisions;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.activity.Subject;

/**
 * The comment forms under a page (they work without JavaScript): each posts here and comes back to the
 * thread on the page. A refused text comes back with the message and the text typed, as flash attributes
 * the threads template shows.
 */
@Controller
class CommentController {

    private final CommentSite site;
    private final Commenting commenting;
    private final Comments comments;
    private final PageFollowers followers;
    private final ModerationDecisions decisions;

    CommentController(CommentSite site, Commenting commenting, Comments comments, PageFollowers followers,
                      ModerationDecisions decisions) {
        this.site = site;
        this.decisions = decisions;
        this.commenting = commenting;
        this.comments = comments;
        this.followers = followers;
    }

    /** Follow (follow=true) or stop following (false) the comments on a page: told of new ones, or not. */
    @PostMapping("/c/{slug}/page-followers/{*rest}")
    String follow(@PathVariable String slug, @PathVariable String rest, @RequestParam(defaultValue = "true") boolean follow,
                  Actor actor, RedirectAttributes redirect) {
        Community community = site.community(slug, actor, Action.VIEW_SPACE);
        String path = PageAddress.path(rest);
        followers.set(community.id(), path, actor.accountId(), follow);
        redirect.addFlashAttribute("notice", follow ? "You follow the comments on this page." : "You no longer follow the comments on this page.");
        return "redirect:" + PageAddress.page(slug, path) + "#comments";
    }

    @PostMapping("/c/{slug}/page-comments/{*rest}")
    String start(@PathVariable String slug, @PathVariable String rest, @RequestParam(defaultValue = "") String body, Actor actor,
                 RedirectAttributes redirect) {
        Community community = site.community(slug, actor, Action.COMMENT_ON_PAGE);
        String path = PageAddress.path(rest);
        try {
            long id = commenting.start(actor, community.id(), path, body);
            return "redirect:" + CommentAddress.thread(slug, path, comments.threadOf(id).orElseThrow().id());
        } catch (InvalidInputException e) {
            refused(redirect, e, body, 0);
            return "redirect:" + PageAddress.page(slug, path) + "#comments";
        }
    }

    @PostMapping("/c/{slug}/threads/{id}/replies")
    String reply(@PathVariable String slug, @PathVariable long id, @RequestParam(defaultValue = "") String body, Actor actor,
                 RedirectAttributes redirect) {
        CommentThread thread = site.thread(slug, id, actor, Action.COMMENT_ON_PAGE);
        try {
            commenting.reply(actor, id, body);
        } catch (InvalidInputException e) {
            refused(redirect, e, body, id);
        }
        return "redirect:" + CommentAddress.thread(slug, thread.path(), id);
    }

    @PostMapping("/c/{slug}/threads/{id}/resolve")
    String resolve(@PathVariable String slug, @PathVariable long id, Actor actor) {
        CommentThread thread = site.thread(slug, id, actor, Action.COMMENT_ON_PAGE);
        commenting.resolve(actor, id, true);
        return "redirect:" + CommentAddress.thread(slug, thread.path(), id);
    }

    @PostMapping("/c/{slug}/threads/{id}/reopen")
    String reopen(@PathVariable String slug, @PathVariable long id, Actor actor) {
        CommentThread thread = site.thread(slug, id, actor, Action.COMMENT_ON_PAGE);
        commenting.resolve(actor, id, false);
        return "redirect:" + CommentAddress.thread(slug, thread.path(), id);
    }

    @GetMapping("/c/{slug}/comments/{id}/edit")
    String editForm(@PathVariable String slug, @PathVariable long id, Actor actor, Model model) {
        CommentThread thread = site.threadOfComment(slug, id, actor, Action.COMMENT_ON_PAGE);
        Comment comment = CommentSite.comment(thread, id);
        if (!comment.visible() || comment.authorId() != actor.accountId()) {
            throw new NotAllowedException(Action.COMMENT_ON_PAGE, true, "You may only change your own comments.");
        }
        return editPage(model, slug, thread, comment, comment.body(), null);
    }

    @PostMapping("/c/{slug}/comments/{id}/edit")
    String edit(@PathVariable String slug, @PathVariable long id, @RequestParam(defaultValue = "") String body, Actor actor,
                Model model) {
        CommentThread thread = site.threadOfComment(slug, id, actor, Action.COMMENT_ON_PAGE);
        try {
            commenting.edit(actor, id, body);
        } catch (InvalidInputException e) {
            Comment comment = CommentSite.comment(thread, id);
            return editPage(model, slug, thread, comment, body, message(e));
        }
        return "redirect:" + CommentAddress.thread(slug, thread.path(), thread.id());
    }

    @PostMapping("/c/{slug}/comments/{id}/delete")
    String delete(@PathVariable String slug, @PathVariable long id, Actor actor) {
        CommentThread thread = site.threadOfComment(slug, id, actor, Action.COMMENT_ON_PAGE);
        commenting.delete(actor, id);
        return "redirect:" + CommentAddress.thread(slug, thread.path(), thread.id());
    }

    @PostMapping("/c/{slug}/comments/{id}/hide")
    String hide(@PathVariable String slug, @PathVariable long id, @RequestParam(defaultValue = "") String reason, Actor actor) {
        CommentThread thread = site.threadOfComment(slug, id, actor, Action.MODERATE_CONTENT);
        decisions.hideItem(actor, Subject.of("comment", id), true, reason);
        return "redirect:" + CommentAddress.thread(slug, thread.path(), thread.id());
    }

    @PostMapping("/c/{slug}/comments/{id}/unhide")
    String unhide(@PathVariable String slug, @PathVariable long id, @RequestParam(defaultValue = "") String reason, Actor actor) {
        CommentThread thread = site.threadOfComment(slug, id, actor, Action.MODERATE_CONTENT);
        decisions.hideItem(actor, Subject.of("comment", id), false, reason);
        return "redirect:" + CommentAddress.thread(slug, thread.path(), thread.id());
    }

    private String editPage(Model model, String slug, CommentThread thread, Comment comment, String body, String error) {
        model.addAttribute("comment", comment);
        model.addAttribute("body", body);
        model.addAttribute("error", error);
        model.addAttribute("action", CommentAddress.comment(slug, comment.id(), "edit"));
        model.addAttribute("back", CommentAddress.thread(slug, thread.path(), thread.id()));
        return "comments/edit";
    }

    private static void refused(RedirectAttributes redirect, InvalidInputException e, String body, long threadId) {
        redirect.addFlashAttribute("commentError", message(e));
        redirect.addFlashAttribute("commentDraft", body);
        redirect.addFlashAttribute("commentThread", threadId);
    }

    private static String message(InvalidInputException e) {
        return e.errors().isEmpty() ? e.getMessage() : e.errors().get(0).message();
    }
}
