package org.statcommons.discussions;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.community.Community;

/** The forms that change a discussion as a whole: its answer, closing, pinning, following and muting. */
@Controller
class ThreadController {

    private final DiscussionSite site;
    private final ThreadStates states;

    ThreadController(DiscussionSite site, ThreadStates states) {
        this.site = site;
        this.states = states;
    }

    /** Marks {@code post} as the answer; an empty {@code post} removes the mark. */
    @PostMapping("/c/{slug}/discussions/{id}/answer")
    String answer(@PathVariable String slug, @PathVariable long id, @RequestParam(defaultValue = "") String post, Actor actor,
                  RedirectAttributes redirect) {
        Community community = site.community(slug, actor, Action.POST_IN_DISCUSSIONS);
        Long postId = post.isBlank() ? null : parse(post);
        states.markAnswer(actor, community, id, postId);
        redirect.addFlashAttribute("notice", postId == null ? "The answer mark was removed." : "Marked as the answer.");
        return "redirect:" + (postId == null ? DiscussionAddress.discussion(slug, id) : DiscussionAddress.post(slug, id, postId));
    }

    /** Closes, reopens, pins or unpins a discussion (those who manage discussions). */
    @PostMapping("/c/{slug}/discussions/{id}/{change:close|reopen|pin|unpin}")
    String change(@PathVariable String slug, @PathVariable long id, @PathVariable String change, Actor actor,
                  RedirectAttributes redirect) {
        Community community = site.community(slug, actor, Action.MANAGE_DISCUSSIONS);
        String notice = switch (change) {
            case "close" -> {
                states.close(actor, community, id, true);
                yield "Closed: the discussion takes no more replies.";
            }
            case "reopen" -> {
                states.close(actor, community, id, false);
                yield "Reopened.";
            }
            case "pin" -> {
                states.pin(actor, community, id, true);
                yield "Pinned to the top of the list.";
            }
            default -> {
                states.pin(actor, community, id, false);
                yield "Unpinned.";
            }
        };
        return done(redirect, notice, slug, id);
    }

    @PostMapping("/c/{slug}/discussions/{id}/subscription")
    String subscription(@PathVariable String slug, @PathVariable long id, @RequestParam(defaultValue = "") String state, Actor actor,
                        RedirectAttributes redirect) {
        Community community = site.community(slug, actor, Action.POST_IN_DISCUSSIONS);
        Subscriptions.State chosen = Subscriptions.State.parse(state);
        states.subscribe(actor, community, id, chosen);
        return done(redirect, switch (chosen) {
            case FOLLOWING -> "You follow this discussion: you will be told of every reply.";
            case NORMAL -> "You will be told of this discussion only when someone mentions you.";
            case MUTED -> "Muted: you will be told nothing of this discussion, not even mentions.";
        }, slug, id);
    }

    private static String done(RedirectAttributes redirect, String notice, String slug, long id) {
        redirect.addFlashAttribute("notice", notice);
        return "redirect:" + DiscussionAddress.discussion(slug, id);
    }

    private static Long parse(String post) {
        try {
            return Long.parseLong(post.strip());
        } catch (NumberFormatException e) {
            throw new org.statcommons.platform.InvalidInputException("post", "Choose a post of this discussion.");
        }
    }
}
