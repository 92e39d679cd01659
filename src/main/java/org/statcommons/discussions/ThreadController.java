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
        redirect.addFlashAttribute("notice", postId == null ? "The answer mark was removed." : "Marked as the answer.");
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
        String notice = switch (change) {
            case "close" -> {
                closeDiscussion.close(actor, community, id, true);
                yield "Closed: the discussion takes no more replies.";
            }
            case "reopen" -> {
                closeDiscussion.close(actor, community, id, false);
                yield "Reopened.";
            }
            case "pin" -> {
                pinDiscussion.pin(actor, community, id, true);
                yield "Pinned to the top of the list.";
            }
            default -> {
                pinDiscussion.pin(actor, community, id, false);
                yield "Unpinned.";
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
                    case FOLLOWING -> "You follow this discussion: you will be told of every reply.";
                    case NORMAL -> "You will be told of this discussion only when someone mentions you.";
                    case MUTED -> "Muted: you will be told nothing of this discussion, not even mentions.";
                },
                community,
                id);
    }

    private static String done(RedirectAttributes redirect, String notice, Community community, long id) {
        redirect.addFlashAttribute("notice", notice);
        return "redirect:" + DiscussionAddress.discussion(community.slug(), id);
    }

    private static Long postId(String post) {
        try {
            return Long.parseLong(post.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("post", "Choose a post of this discussion.");
        }
    }
}
