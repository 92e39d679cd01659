package org.statcommons.discussions;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.statcommons.access.Actor;
import org.statcommons.community.Community;
import org.statcommons.community.TopicGroups;
import org.statcommons.platform.Markdown;

/**
 * Discussions as the API shows them. Hidden and deleted posts keep their place but carry no text, and a
 * discussion whose opening post a moderator hid has no title, for anyone.
 */
@Component
class DiscussionJsonPresenter {

    record Summary(
            long id,
            String title,
            String topic,
            long startedById,
            String startedBy,
            Instant startedAt,
            Instant lastActivityAt,
            boolean closed,
            boolean pinned,
            Long answerPostId,
            int replies,
            String link) {}

    record Listing(List<Summary> discussions, int page, boolean more) {}

    record PostJson(
            long id,
            long authorId,
            String author,
            String state,
            String body,
            String html,
            Long quotes,
            int version,
            Instant createdAt,
            Instant editedAt,
            List<Long> mentions,
            boolean answer,
            String link) {}

    record DiscussionJson(
            long id,
            String title,
            String topic,
            long startedById,
            String startedBy,
            Instant startedAt,
            Instant lastActivityAt,
            boolean closed,
            boolean pinned,
            Long answerPostId,
            String subscription,
            List<PostJson> posts) {}

    record VersionJson(int version, String title, String body, Instant writtenAt, Instant replacedAt) {}

    private final Discussions discussions;
    private final Posts posts;
    private final Subscriptions subscriptions;
    private final TopicGroups topicGroups;
    private final Markdown markdown;

    DiscussionJsonPresenter(
            Discussions discussions,
            Posts posts,
            Subscriptions subscriptions,
            TopicGroups topicGroups,
            Markdown markdown) {
        this.discussions = discussions;
        this.posts = posts;
        this.subscriptions = subscriptions;
        this.topicGroups = topicGroups;
        this.markdown = markdown;
    }

    /** One page of the list; {@code topics} are the community's topic groups by id, read once. */
    Listing listing(Community community, Discussions.Listing listing, Map<Long, String> topics) {
        return new Listing(
                listing.discussions().stream()
                        .map(d -> new Summary(
                                d.id(),
                                title(d),
                                d.topicGroupId() == null ? null : topics.get(d.topicGroupId()),
                                d.startedBy(),
                                d.startedByName(),
                                d.startedAt(),
                                d.lastActivityAt(),
                                d.closed(),
                                d.pinned(),
                                d.answerPostId(),
                                d.replies(),
                                DiscussionAddress.discussion(community.slug(), d.id())))
                        .toList(),
                listing.page(),
                listing.more());
    }

    /** A discussion with its posts and the actor's choice to follow or mute it. */
    DiscussionJson discussion(Community community, long id, Actor actor) {
        Discussion d = discussions.inCommunity(community, id);
        List<PostJson> all =
                posts.of(id).stream().map(p -> post(community, d, p)).toList();
        return new DiscussionJson(
                d.id(),
                title(d),
                d.topicGroupId() == null
                        ? null
                        : topicGroups
                                .byId(community, d.topicGroupId())
                                .map(TopicGroups.TopicGroup::slug)
                                .orElse(null),
                d.startedBy(),
                d.startedByName(),
                d.startedAt(),
                d.lastActivityAt(),
                d.closed(),
                d.pinned(),
                d.answerPostId(),
                actor.signedIn() ? subscriptions.of(id, actor.accountId()).name() : null,
                all);
    }

    /** One post of a discussion of this community (404 otherwise). */
    PostJson post(Community community, long id, long postId) {
        Discussion d = discussions.inCommunity(community, id);
        return post(community, d, posts.inDiscussion(d, postId));
    }

    VersionJson version(PostVersion v) {
        return new VersionJson(v.version(), v.title(), v.body(), v.writtenAt(), v.replacedAt());
    }

    private PostJson post(Community community, Discussion d, Post p) {
        boolean visible = p.visible();
        return new PostJson(
                p.id(),
                p.authorId(),
                p.authorName(),
                p.state().name(),
                visible ? p.body() : null,
                visible ? markdown.toHtml(p.body()) : null,
                p.quotesPostId(),
                p.version(),
                p.createdAt(),
                p.editedAt(),
                p.mentions(),
                d.answerPostId() != null && d.answerPostId() == p.id(),
                DiscussionAddress.post(community.slug(), d.id(), p.id()));
    }

    private static String title(Discussion d) {
        return d.openingHidden() ? null : d.title();
    }
}
