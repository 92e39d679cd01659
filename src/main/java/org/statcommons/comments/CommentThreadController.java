package org.statcommons.comments;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.community.Community;
import org.statcommons.community.Permitted;
import org.statcommons.content.PageAddress;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.Text;
import org.statcommons.platform.web.ShowFormOnError;

/**
 * The comment forms under a page (they work without JavaScript): following the page's comments, starting a
 * thread, replying, resolving and reopening. Each posts here and comes back to the thread on the page; a refused
 * text comes back there too, with its message and the text typed (flash attributes that
 * {@code comments/threads.html} shows). Replying, resolving and reopening serve threads on a {@link CommentSubject}'s
 * thing too (a dataset): the address asks the least commenting needs anywhere ({@code COMMENT_ON_DATASETS}: signed in,
 * not suspended), the use case what the thread's page or thing needs.
 */
@Controller
class CommentThreadController {

    private final CommentThreads threads;
    private final FollowPageComments followPage;
    private final StartCommentThread startThread;
    private final ReplyInThread replyInThread;
    private final ResolveThread resolveThread;
    private final CommentSubjects subjects;

    CommentThreadController(
            CommentThreads threads,
            FollowPageComments followPage,
            StartCommentThread startThread,
            ReplyInThread replyInThread,
            ResolveThread resolveThread,
            CommentSubjects subjects) {
        this.threads = threads;
        this.followPage = followPage;
        this.startThread = startThread;
        this.replyInThread = replyInThread;
        this.resolveThread = resolveThread;
        this.subjects = subjects;
    }

    /** Follow (follow=true) or stop following (false) the comments on a page: told of new ones, or not. */
    @PostMapping("/c/{slug}/page-followers/{*rest}")
    String follow(
            @Permitted(Action.VIEW_SPACE) Community community,
            @PathVariable String rest,
            @RequestParam(defaultValue = "true") boolean follow,
            Actor actor,
            RedirectAttributes redirect) {
        String path = PageAddress.path(rest);
        followPage.follow(actor, community, path, follow);
        redirect.addFlashAttribute(
                "notice", follow ? Text.of("comments.notice.following") : Text.of("comments.notice.not-following"));
        return "redirect:" + PageAddress.page(community.slug(), path) + "#comments";
    }

    /** A thread on the page, or (with {@code passage}, its number as read in {@code version}) on one passage. */
    @PostMapping("/c/{slug}/page-comments/{*rest}")
    @ShowFormOnError(value = "backToPage", on = InvalidInputException.class)
    String start(
            @Permitted(Action.COMMENT_ON_PAGE) Community community,
            @PathVariable String rest,
            @RequestParam(defaultValue = "") String body,
            @RequestParam(defaultValue = "") String passage,
            @RequestParam(defaultValue = "") String version,
            Actor actor) {
        String path = PageAddress.path(rest);
        long thread = startThread.start(actor, community, path, body, passageRequest(passage, version));
        return "redirect:" + subjects.thread(community.slug(), path, thread);
    }

    /** A refused new thread: back to the page's form (the passage's, when it was on one), with the text typed. */
    String backToPage(
            @Permitted(Action.COMMENT_ON_PAGE) Community community,
            @PathVariable String rest,
            @RequestParam(defaultValue = "") String body,
            @RequestParam(defaultValue = "") String passage,
            RedirectAttributes redirect) {
        String page = PageAddress.page(community.slug(), PageAddress.path(rest));
        return refused(
                redirect,
                body,
                0,
                passage.isBlank()
                        ? page + "#comments"
                        : CommentAddress.commentOn(page, CommentAddress.passageNumber(passage)));
    }

    /** The passage a new thread is on, parsed: none when the form names none. */
    private static StartCommentThread.PassageRequest passageRequest(String passage, String version) {
        if (passage.isBlank()) {
            return null;
        }
        int number = CommentAddress.passageNumber(passage);
        if (number == 0) {
            throw new InvalidInputException("passage", StartCommentThread.NO_SUCH_PASSAGE);
        }
        return new StartCommentThread.PassageRequest(number, version);
    }

    @PostMapping("/c/{slug}/threads/{id}/replies")
    @ShowFormOnError(value = "backToThread", on = InvalidInputException.class)
    String reply(
            @Permitted(Action.COMMENT_ON_DATASETS) Community community,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String body,
            Actor actor) {
        CommentThread thread = threads.inCommunity(community, id);
        replyInThread.reply(actor, community, id, body);
        return "redirect:" + subjects.thread(community.slug(), thread.path(), id);
    }

    /** A refused reply: back to its thread, with the text typed. */
    String backToThread(
            @Permitted(Action.COMMENT_ON_DATASETS) Community community,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String body,
            RedirectAttributes redirect) {
        return refused(
                redirect,
                body,
                id,
                subjects.thread(
                        community.slug(), threads.inCommunity(community, id).path(), id));
    }

    @PostMapping("/c/{slug}/threads/{id}/resolve")
    String resolve(@Permitted(Action.COMMENT_ON_DATASETS) Community community, @PathVariable long id, Actor actor) {
        return resolve(community, id, actor, true);
    }

    @PostMapping("/c/{slug}/threads/{id}/reopen")
    String reopen(@Permitted(Action.COMMENT_ON_DATASETS) Community community, @PathVariable long id, Actor actor) {
        return resolve(community, id, actor, false);
    }

    private String resolve(Community community, long id, Actor actor, boolean resolved) {
        CommentThread thread = threads.inCommunity(community, id);
        resolveThread.resolve(actor, community, id, resolved);
        return "redirect:" + subjects.thread(community.slug(), thread.path(), id);
    }

    /** The text typed and the thread it was for (0: a new thread), for the page's comment forms. */
    private static String refused(RedirectAttributes redirect, String body, long threadId, String address) {
        redirect.addFlashAttribute("commentDraft", body);
        redirect.addFlashAttribute("commentThread", threadId);
        return "redirect:" + address;
    }
}
