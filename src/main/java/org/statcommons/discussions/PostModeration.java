package org.statcommons.discussions;

import java.time.Clock;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Communities;
import org.statcommons.community.Community;
import org.statcommons.moderation.ModeratedContent;
import org.statcommons.platform.activity.Subject;

/**
 * Discussion posts for the moderation feature, as two beans ({@link Kinds}): {@code post:311} is one reply;
 * {@code thread:40} is a discussion as a whole, that is its opening post and its title (so that hiding it
 * also hides every activity line about the discussion). A hidden post shows readers a placeholder, moderators
 * its text marked as hidden, and leaves search; the API gives no text for it.
 */
class PostModeration implements ModeratedContent {

    /** The two kinds of flaggable item this feature owns. */
    @Configuration(proxyBeanMethods = false)
    static class Kinds {

        @Bean
        PostModeration postModeration(
                Discussions discussions,
                Posts posts,
                Communities communities,
                Permissions permissions,
                ApplicationEventPublisher events,
                Clock clock) {
            return new PostModeration("post", discussions, posts, communities, permissions, events, clock);
        }

        @Bean
        PostModeration discussionModeration(
                Discussions discussions,
                Posts posts,
                Communities communities,
                Permissions permissions,
                ApplicationEventPublisher events,
                Clock clock) {
            return new PostModeration("thread", discussions, posts, communities, permissions, events, clock);
        }
    }

    private final String kind;
    private final Discussions discussions;
    private final Posts posts;
    private final Communities communities;
    private final Permissions permissions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PostModeration(
            String kind,
            Discussions discussions,
            Posts posts,
            Communities communities,
            Permissions permissions,
            ApplicationEventPublisher events,
            Clock clock) {
        this.kind = kind;
        this.discussions = discussions;
        this.posts = posts;
        this.communities = communities;
        this.permissions = permissions;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return kind;
    }

    @Override
    public Optional<FlaggedItem> describe(Subject item, Actor viewer) {
        return post(item).flatMap(post -> {
            Discussion discussion = discussions.byId(post.threadId()).orElseThrow();
            if (post.state() == Post.State.DELETED
                    || !permissions.may(viewer, Action.VIEW_DISCUSSIONS, discussion.communityId())) {
                return Optional.empty();
            }
            Optional<Community> community = communities.byId(discussion.communityId());
            // the opening post stands for the discussion: a flag on it is a flag on the discussion (and its title)
            boolean opening = posts.isOpening(discussion.id(), post.id());
            Subject named = opening ? Subject.of("thread", discussion.id()) : Subject.of("post", post.id());
            return community.map(c -> new FlaggedItem(
                    named,
                    c.id(),
                    post.authorId(),
                    post.authorName(),
                    discussion.title(permissions.may(viewer, Action.MODERATE_CONTENT, c.id())),
                    post.body(),
                    DiscussionAddress.post(c.slug(), discussion.id(), post.id()),
                    post.state() == Post.State.HIDDEN));
        });
    }

    @Override
    public void hide(Subject item, boolean hidden) {
        post(item).ifPresent(post -> {
            if (posts.hide(post.id(), hidden ? clock.instant() : null)) {
                Discussion discussion = discussions.byId(post.threadId()).orElseThrow();
                events.publishEvent(new PostChanged(post.id(), discussion.id(), discussion.communityId()));
            }
        });
    }

    /** The post an item names: itself, or a discussion's opening post. */
    private Optional<Post> post(Subject item) {
        long id;
        try {
            id = Long.parseLong(item.id());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        if (!item.kind().equals(kind)) {
            return Optional.empty();
        }
        return kind.equals("thread")
                ? discussions.byId(id).flatMap(d -> posts.of(id).stream().findFirst())
                : posts.byId(id);
    }
}
