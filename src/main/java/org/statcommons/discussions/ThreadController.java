package org.statcommons.discussions;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.community.Community;
import org.statcommons.community.Permitted;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.Text;

/** The forms that change a discussion as a whole: its answer, closing, pinning, following and muting. */
@Controller
class ThreadController {

    private final MarkAnswer markAnswer;
    private final CloseDiscussion closeDiscussion;
    private final PinDiscussion pinDiscussion;
    private final FollowDiscussion followDiscussion;

    ThreadController(
            MarkAnswer markAnswer,
            CloseDiscussion closeDiscussion,
            PinDiscussion pinDiscussion,
            FollowDiscussion followDiscussion) {
        this.markAnswer = markAnswer;
        this.closeDiscussion = closeDiscussion;
        this.pinDiscussion = pinDiscussion;
        this.followDiscussion = followDiscussion;
    }

    /** Marks {@code post} as the answer; an empty {@code post} removes the mark. */
    @PostMapping("/c/{slug}/discussions/{id}/answer")
    String answer(
            @Permitted(Action.POST_IN_DISCUSSIONS) Community community,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String post,
            Actor actor,
            RedirectAttributes redirect) {
        Long postId = post.isBlank() ? null : postId(post);
        markAnswer.mark(actor, community, id, postId);
        redirect.addFlashAttribute(
                "notice",
                postId == null
                        ? Text.of("discussions.notice.answer-removed")
                        : Text.of("discussions.notice.answer-marked"));
        return "redirect:"
                + (postId == null
                        ? DiscussionAddress.discussion(community.slug(), id)
                        : DiscussionAddress.post(community.slug(), id, postId));
    }

    /** Closes, reopens, pins or unpins a discussion (those who manage discussions). */
    @PostMapping("/c/{slug}/discussions/{id}/{change:close|reopen|pin|unpin}")
    String change(
            @Permitted(Action.MANAGE_DISCUSSIONS) Community community,
            @PathVariable long id,
            @PathVariable String change,
            Actor actor,
            RedirectAttributes redirect) {
        Text notice = switch (change) {
            case "close" -> {
                closeDiscussion.close(actor, community, id, true);
                yield Text.of("discussions.notice.closed");
            }
            case "reopen" -> {
                closeDiscussion.close(actor, community, id, false);
                yield Text.of("discussions.notice.reopened");
            }
            case "pin" -> {
                pinDiscussion.pin(actor, community, id, true);
                yield Text.of("discussions.notice.pinned");
            }
            default -> {
                pinDiscussion.pin(actor, community, id, false);
                yield Text.of("discussions.notice.unpinned");
            }
        };
        return done(redirect, notice, community, id);
    }

    @PostMapping("/c/{slug}/discussions/{id}/subscription")
    String subscription(
            @Permitted(Action.POST_IN_DISCUSSIONS) Community community,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String state,
            Actor actor,
            RedirectAttributes redirect) {
        Subscriptions.State chosen = Subscriptions.State.parse(state);
        followDiscussion.choose(actor, community, id, chosen);
        return done(
                redirect,
                switch (chosen) {
                    case FOLLOWING -> Text.of("discussions.notice.following");
                    case NORMAL -> Text.of("discussions.notice.normal");
                    case MUTED -> Text.of("discussions.notice.muted");
                },
                community,
                id);
    }

    private static String done(RedirectAttributes redirect, Text notice, Community community, long id) {
        redirect.addFlashAttribute("notice", notice);
        return "redirect:" + DiscussionAddress.discussion(community.slug(), id);
    }

    private static Long postId(String post) {
        try {
            return Long.parseLong(post.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("post", Text.of("discussions.answer.choose-post"));
        }
    }
}
