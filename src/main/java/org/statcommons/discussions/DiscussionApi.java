package org.statcommons.discussions;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.community.Community;
import org.statcommons.community.TopicGroups;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.Markdown;

/**
 * Discussions over JSON, with the same rules as the pages. Hidden and deleted posts keep their place but
 * carry no text; problems are RFC 9457 documents (an edit from an outdated version is a 409).
 */
@RestController
@RequestMapping("/api/v1/communities/{slug}/discussions")
class DiscussionApi {

    record NewDiscussion(String title, String body, String topic) {
    }

    record NewReply(String body, Long quotes) {
    }

    record PostEdit(String title, String body, Integer version) {
    }

    record AnswerChoice(Long post) {
    }

    record SubscriptionChoice(String state) {
    }

    record Summary(long id, String title, String topic, long startedById, String startedBy, Instant startedAt, Instant lastActivityAt,
                   boolean closed, boolean pinned, Long answerPostId, int replies, String link) {
    }

    record Listing(List<Summary> discussions, int page, boolean more) {
    }

    record PostJson(long id, long authorId, String author, String state, String body, String html, Long quotes, int version,
                    Instant createdAt, Instant editedAt, List<Long> mentions, boolean answer, String link) {
    }

    record DiscussionJson(long id, String title, String topic, long startedById, String startedBy, Instant startedAt,
                          Instant lastActivityAt, boolean closed, boolean pinned, Long answerPostId, String subscription,
                          List<PostJson> posts) {
    }

    record VersionJson(int version, String title, String body, Instant writtenAt, Instant replacedAt) {
    }

    private final DiscussionSite site;
    private final Discussions discussions;
    private final Posting posting;
    private final ThreadStates states;
    private final Subscriptions subscriptions;
    private final TopicGroups topicGroups;
    private final Markdown markdown;

    DiscussionApi(DiscussionSite site, Discussions discussions, Posting posting, ThreadStates states, Subscriptions subscriptions,
                  TopicGroups topicGroups, Markdown markdown) {
        this.site = site;
        this.discussions = discussions;
        this.posting = posting;
        this.states = states;
        this.subscriptions = subscriptions;
        this.topicGroups = topicGroups;
        this.markdown = markdown;
    }

    @GetMapping
    Listing list(@PathVariable String slug, @RequestParam(defaultValue = "") String topic, @RequestParam(defaultValue = "0") int page,
                 Actor actor) {
        Community community = site.community(slug, actor, Action.VIEW_DISCUSSIONS);
        Long group = topic.isBlank() ? null : topicGroups.require(community, topic).id();
        Discussions.Listing listing = discussions.list(community.id(), group, page);
        // the community's topic groups once, not one look-up per listed discussion
        Map<Long, String> topics = topicGroups.of(community).stream()
                .collect(Collectors.toMap(TopicGroups.TopicGroup::id, TopicGroups.TopicGroup::slug));
        return new Listing(listing.discussions().stream().map(d -> summary(community, d, topics)).toList(), listing.page(), listing.more());
    }

    @PostMapping
    ResponseEntity<DiscussionJson> start(@PathVariable String slug, @RequestBody(required = false) NewDiscussion body, Actor actor) {
        Community community = site.community(slug, actor, Action.POST_IN_DISCUSSIONS);
        NewDiscussion input = body == null ? new NewDiscussion(null, null, null) : body;
        long id = posting.start(actor, community, input.topic(), input.title(), input.body());
        return ResponseEntity.created(URI.create(DiscussionAddress.api(slug, id))).body(json(community, id, actor));
    }

    @GetMapping("/{id}")
    DiscussionJson discussion(@PathVariable String slug, @PathVariable long id, Actor actor) {
        Community community = site.community(slug, actor, Action.VIEW_DISCUSSIONS);
        return json(community, site.discussion(community, id).id(), actor);
    }

    @PostMapping("/{id}/replies")
    ResponseEntity<PostJson> reply(@PathVariable String slug, @PathVariable long id, @RequestBody(required = false) NewReply body,
                                   Actor actor) {
        Community community = site.community(slug, actor, Action.POST_IN_DISCUSSIONS);
        site.discussion(community, id);
        long postId = posting.reply(actor, community, id, body == null ? null : body.body(), body == null ? null : body.quotes());
        return ResponseEntity.created(URI.create(DiscussionAddress.api(slug, id) + "/posts/" + postId)).body(post(community, id, postId));
    }

    @GetMapping("/{id}/posts/{postId}")
    PostJson post(@PathVariable String slug, @PathVariable long id, @PathVariable long postId, Actor actor) {
        Community community = site.community(slug, actor, Action.VIEW_DISCUSSIONS);
        site.post(site.discussion(community, id), postId);
        return post(community, id, postId);
    }

    @PatchMapping("/{id}/posts/{postId}")
    PostJson edit(@PathVariable String slug, @PathVariable long id, @PathVariable long postId, @RequestBody(required = false) PostEdit body,
                  Actor actor) {
        Community community = site.community(slug, actor, Action.POST_IN_DISCUSSIONS);
        site.discussion(community, id);
        if (body == null || body.version() == null) {
            throw new InvalidInputException("version", "Give the version of the post you edited (its \"version\"), so that"
                    + " a change made meanwhile is not overwritten.");
        }
        posting.edit(actor, community, id, postId, body.version(), body.title(), body.body());
        return post(community, id, postId);
    }

    @DeleteMapping("/{id}/posts/{postId}")
    PostJson delete(@PathVariable String slug, @PathVariable long id, @PathVariable long postId, Actor actor) {
        Community community = site.community(slug, actor, Action.POST_IN_DISCUSSIONS);
        site.discussion(community, id);
        posting.delete(actor, community, id, postId);
        return post(community, id, postId);
    }

    @GetMapping("/{id}/posts/{postId}/versions")
    List<VersionJson> versions(@PathVariable String slug, @PathVariable long id, @PathVariable long postId, Actor actor) {
        Community community = site.community(slug, actor, Action.VIEW_DISCUSSIONS);
        Post post = site.post(site.discussion(community, id), postId);
        if (!post.visible()) {
            return List.of();
        }
        return discussions.versions(postId).stream()
                .map(v -> new VersionJson(v.version(), v.title(), v.body(), v.writtenAt(), v.replacedAt())).toList();
    }

    @PutMapping("/{id}/answer")
    DiscussionJson markAnswer(@PathVariable String slug, @PathVariable long id, @RequestBody(required = false) AnswerChoice body,
                              Actor actor) {
        Community community = site.community(slug, actor, Action.POST_IN_DISCUSSIONS);
        if (body == null || body.post() == null) {
            throw new InvalidInputException("post", "Name the reply that answers the discussion (\"post\": its id).");
        }
        states.markAnswer(actor, community, id, body.post());
        return json(community, id, actor);
    }

    @DeleteMapping("/{id}/answer")
    DiscussionJson removeAnswer(@PathVariable String slug, @PathVariable long id, Actor actor) {
        Community community = site.community(slug, actor, Action.POST_IN_DISCUSSIONS);
        states.markAnswer(actor, community, id, null);
        return json(community, id, actor);
    }

    /** Closes, reopens, pins or unpins a discussion (those who manage discussions). */
    @PostMapping("/{id}/{change:close|reopen|pin|unpin}")
    DiscussionJson change(@PathVariable String slug, @PathVariable long id, @PathVariable String change, Actor actor) {
        Community community = site.community(slug, actor, Action.MANAGE_DISCUSSIONS);
        switch (change) {
            case "close" -> states.close(actor, community, id, true);
            case "reopen" -> states.close(actor, community, id, false);
            case "pin" -> states.pin(actor, community, id, true);
            default -> states.pin(actor, community, id, false);
        }
        return json(community, id, actor);
    }

    @PutMapping("/{id}/subscription")
    DiscussionJson subscribe(@PathVariable String slug, @PathVariable long id, @RequestBody(required = false) SubscriptionChoice body,
                             Actor actor) {
        Community community = site.community(slug, actor, Action.POST_IN_DISCUSSIONS);
        states.subscribe(actor, community, id, Subscriptions.State.parse(body == null ? null : body.state()));
        return json(community, id, actor);
    }

    private Summary summary(Community community, Discussion d, Map<Long, String> topics) {
        return new Summary(d.id(), title(d), d.topicGroupId() == null ? null : topics.get(d.topicGroupId()), d.startedBy(), d.startedByName(), d.startedAt(), d.lastActivityAt(),
                d.closed(), d.pinned(), d.answerPostId(), d.replies(), DiscussionAddress.discussion(community.slug(), d.id()));
    }

    private DiscussionJson json(Community community, long id, Actor actor) {
        Discussion d = site.discussion(community, id);
        List<PostJson> posts = discussions.posts(id).stream().map(p -> postJson(community, d, p)).toList();
        return new DiscussionJson(d.id(), title(d), topic(community, d), d.startedBy(), d.startedByName(), d.startedAt(),
                d.lastActivityAt(), d.closed(), d.pinned(), d.answerPostId(),
                actor.signedIn() ? subscriptions.of(id, actor.accountId()).name() : null, posts);
    }

    private PostJson post(Community community, long id, long postId) {
        Discussion d = site.discussion(community, id);
        return postJson(community, d, site.post(d, postId));
    }

    private PostJson postJson(Community community, Discussion d, Post p) {
        boolean visible = p.visible();
        return new PostJson(p.id(), p.authorId(), p.authorName(), p.state().name(), visible ? p.body() : null,
                visible ? markdown.toHtml(p.body()) : null, p.quotesPostId(), p.version(), p.createdAt(), p.editedAt(), p.mentions(),
                d.answerPostId() != null && d.answerPostId() == p.id(), DiscussionAddress.post(community.slug(), d.id(), p.id()));
    }

    /** The API shows no title of a discussion whose opening post a moderator hid, to anyone. */
    private static String title(Discussion d) {
        return d.openingHidden() ? null : d.title();
    }

    private String topic(Community community, Discussion d) {
        return d.topicGroupId() == null ? null
                : topicGroups.byId(community, d.topicGroupId()).map(TopicGroups.TopicGroup::slug).orElse(null);
    }
}
