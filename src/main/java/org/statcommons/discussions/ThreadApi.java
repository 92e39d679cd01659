package org.statcommons.discussions;

import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.community.Community;
import org.statcommons.community.Permitted;
import org.statcommons.discussions.DiscussionJsonPresenter.DiscussionJson;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.Text;

/** A discussion as a whole over JSON: its answer, closing and pinning, following and muting. Each answers the discussion. */
@RestController
@RequestMapping("/api/v1/communities/{slug}/discussions/{id}")
class ThreadApi {

    /** The reply that answers the discussion. */
    record AnswerJson(Long post) {}

    /** FOLLOWING, NORMAL or MUTED, in any case. */
    record SubscriptionJson(String state) {}

    private final MarkAnswer markAnswer;
    private final CloseDiscussion closeDiscussion;
    private final PinDiscussion pinDiscussion;
    private final FollowDiscussion followDiscussion;
    private final DiscussionJsonPresenter json;

    ThreadApi(
            MarkAnswer markAnswer,
            CloseDiscussion closeDiscussion,
            PinDiscussion pinDiscussion,
            FollowDiscussion followDiscussion,
            DiscussionJsonPresenter json) {
        this.markAnswer = markAnswer;
        this.closeDiscussion = closeDiscussion;
        this.pinDiscussion = pinDiscussion;
        this.followDiscussion = followDiscussion;
        this.json = json;
    }

    @PutMapping("/answer")
    DiscussionJson markAnswer(
            @Permitted(Action.POST_IN_DISCUSSIONS) Community community,
            @PathVariable long id,
            @RequestBody(required = false) AnswerJson body,
            Actor actor) {
        if (body == null || body.post() == null) {
            throw new InvalidInputException("post", Text.of("discussions.answer.name-the-post"));
        }
        markAnswer.mark(actor, community, id, body.post());
        return json.discussion(community, id, actor);
    }

    @DeleteMapping("/answer")
    DiscussionJson removeAnswer(
            @Permitted(Action.POST_IN_DISCUSSIONS) Community community, @PathVariable long id, Actor actor) {
        markAnswer.mark(actor, community, id, null);
        return json.discussion(community, id, actor);
    }

    /** Closes, reopens, pins or unpins a discussion (those who manage discussions). */
    @PostMapping("/{change:close|reopen|pin|unpin}")
    DiscussionJson change(
            @Permitted(Action.MANAGE_DISCUSSIONS) Community community,
            @PathVariable long id,
            @PathVariable String change,
            Actor actor) {
        switch (change) {
            case "close" -> closeDiscussion.close(actor, community, id, true);
            case "reopen" -> closeDiscussion.close(actor, community, id, false);
            case "pin" -> pinDiscussion.pin(actor, community, id, true);
            default -> pinDiscussion.pin(actor, community, id, false);
        }
        return json.discussion(community, id, actor);
    }

    @PutMapping("/subscription")
    DiscussionJson subscribe(
            @Permitted(Action.POST_IN_DISCUSSIONS) Community community,
            @PathVariable long id,
            @RequestBody(required = false) SubscriptionJson body,
            Actor actor) {
        followDiscussion.choose(actor, community, id, Subscriptions.State.parse(body == null ? null : body.state()));
        return json.discussion(community, id, actor);
    }
}
