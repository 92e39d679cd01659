package org.statcommons.discussions;

import java.net.URI;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.community.Community;
import org.statcommons.community.Permitted;
import org.statcommons.community.TopicGroups;
import org.statcommons.discussions.DiscussionJsonPresenter.DiscussionJson;
import org.statcommons.discussions.DiscussionJsonPresenter.Listing;
import org.statcommons.discussions.DiscussionJsonPresenter.PostJson;

/**
 * Discussions over JSON, with the same rules as the screens: the list, starting one, reading one, replying.
 * Problems are RFC 9457 documents. {@link PostApi} changes posts, {@link ThreadApi} a discussion as a whole.
 */
@RestController
@RequestMapping("/api/v1/communities/{slug}/discussions")
class DiscussionApi {

    private final Discussions discussions;
    private final TopicGroups topicGroups;
    private final StartDiscussion startDiscussion;
    private final PostReply postReply;
    private final DiscussionJsonPresenter json;

    DiscussionApi(
            Discussions discussions,
            TopicGroups topicGroups,
            StartDiscussion startDiscussion,
            PostReply postReply,
            DiscussionJsonPresenter json) {
        this.discussions = discussions;
        this.topicGroups = topicGroups;
        this.startDiscussion = startDiscussion;
        this.postReply = postReply;
        this.json = json;
    }

    @GetMapping
    Listing list(
            @Permitted(Action.VIEW_DISCUSSIONS) Community community,
            @RequestParam(defaultValue = "") String topic,
            @RequestParam(defaultValue = "0") int page) {
        Long group = topic.isBlank()
                ? null
                : topicGroups.inCommunity(community, topic).id();
        // the community's topic groups once, not one look-up per listed discussion
        Map<Long, String> topics = topicGroups.of(community).stream()
                .collect(Collectors.toMap(TopicGroups.TopicGroup::id, TopicGroups.TopicGroup::slug));
        return json.listing(community, discussions.list(community.id(), group, page), topics);
    }

    @PostMapping
    ResponseEntity<DiscussionJson> start(
            @Permitted(Action.POST_IN_DISCUSSIONS) Community community,
            @RequestBody(required = false) NewDiscussion body,
            Actor actor) {
        long id = startDiscussion.start(actor, community, body == null ? new NewDiscussion(null, null, null) : body);
        return ResponseEntity.created(URI.create(DiscussionAddress.api(community.slug(), id)))
                .body(json.discussion(community, id, actor));
    }

    @GetMapping("/{id}")
    DiscussionJson discussion(
            @Permitted(Action.VIEW_DISCUSSIONS) Community community, @PathVariable long id, Actor actor) {
        return json.discussion(community, id, actor);
    }

    @PostMapping("/{id}/replies")
    ResponseEntity<PostJson> reply(
            @Permitted(Action.POST_IN_DISCUSSIONS) Community community,
            @PathVariable long id,
            @RequestBody(required = false) NewReply body,
            Actor actor) {
        long postId = postReply.reply(actor, community, id, body == null ? new NewReply(null, null) : body);
        return ResponseEntity.created(URI.create(DiscussionAddress.api(community.slug(), id) + "/posts/" + postId))
                .body(json.post(community, id, postId));
    }
}
