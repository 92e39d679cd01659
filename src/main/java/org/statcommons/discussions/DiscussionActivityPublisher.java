package org.statcommons.discussions;

import java.time.Clock;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.statcommons.community.Community;
import org.statcommons.identity.Account;
import org.statcommons.platform.Markdown;
import org.statcommons.platform.Text;
import org.statcommons.platform.activity.Activity;
import org.statcommons.platform.activity.ActivityKind;
import org.statcommons.platform.activity.Audience;
import org.statcommons.platform.activity.Subject;
import org.statcommons.platform.activity.Visibility;

/**
 * Tells the activity stream and notifications what happened in a discussion, in the transaction of the change.
 * One rule decides who hears of a post, once: people it mentions get a MENTION (a personal notice, so the
 * stream shows the post only once); followers who are not mentioned get the REPLY; nobody who muted the
 * discussion hears anything, mentions included; the writer is never told of their own post.
 */
@Component
class DiscussionActivityPublisher {

    private final ApplicationEventPublisher events;
    private final Subscriptions subscriptions;
    private final Clock clock;

    DiscussionActivityPublisher(ApplicationEventPublisher events, Subscriptions subscriptions, Clock clock) {
        this.clock = clock;
        this.events = events;
        this.subscriptions = subscriptions;
    }

    void started(
            Community community,
            long threadId,
            String title,
            long postId,
            Account author,
            String body,
            Set<Long> mentioned) {
        Set<Long> muted = subscriptions.muted(threadId);
        publish(
                community,
                ActivityKind.DISCUSSION_STARTED,
                author,
                Text.of("discussions.activity.started", author.displayName(), title),
                body,
                threadId,
                postId,
                Visibility.MEMBERS,
                Audience.nobody());
        mention(community, threadId, title, postId, author, body, without(mentioned, muted, author.id()));
    }

    void replied(
            Community community, Discussion discussion, long postId, Account author, String body, Set<Long> mentioned) {
        Set<Long> muted = subscriptions.muted(discussion.id());
        Set<Long> told = without(mentioned, muted, author.id());
        Set<Long> followers = without(subscriptions.following(discussion.id()), muted, author.id());
        followers.removeAll(told);
        publish(
                community,
                ActivityKind.REPLY,
                author,
                named(discussion, "discussions.activity.replied", author.displayName()),
                body,
                discussion.id(),
                postId,
                Visibility.MEMBERS,
                Audience.people(followers));
        mention(community, discussion.id(), shownTitle(discussion), postId, author, body, told);
    }

    /** An edit that names people the post did not name before tells them (and only them). */
    void mentionedInEdit(
            Community community,
            Discussion discussion,
            long postId,
            Account author,
            String body,
            Set<Long> newlyMentioned) {
        mention(
                community,
                discussion.id(),
                shownTitle(discussion),
                postId,
                author,
                body,
                without(newlyMentioned, subscriptions.muted(discussion.id()), author.id()));
    }

    void answerMarked(Community community, Discussion discussion, Post answer, Account by) {
        Set<Long> people = new HashSet<>(Set.of(discussion.startedBy(), answer.authorId()));
        publish(
                community,
                ActivityKind.ANSWER_MARKED,
                by,
                named(discussion, "discussions.activity.answer-marked", by.displayName(), answer.authorName()),
                answer.body(),
                discussion.id(),
                answer.id(),
                Visibility.MEMBERS,
                Audience.people(without(people, subscriptions.muted(discussion.id()), by.id())));
    }

    private void mention(
            Community community,
            long threadId,
            String title,
            long postId,
            Account author,
            String body,
            Set<Long> people) {
        if (!people.isEmpty()) {
            publish(
                    community,
                    ActivityKind.MENTION,
                    author,
                    title == null
                            ? Text.of("discussions.activity.mentioned-hidden", author.displayName())
                            : Text.of("discussions.activity.mentioned", author.displayName(), title),
                    body,
                    threadId,
                    postId,
                    Visibility.PERSONAL,
                    Audience.people(people));
        }
    }

    private void publish(
            Community community,
            ActivityKind kind,
            Account actor,
            Text title,
            String body,
            long threadId,
            long postId,
            Visibility visibility,
            Audience audience) {
        events.publishEvent(Activity.of(kind, community.id(), clock.instant())
                .by(actor.id(), actor.displayName())
                .title(title)
                .excerpt(Markdown.excerpt(body))
                .link(DiscussionAddress.post(community.slug(), threadId, postId))
                .visibleTo(visibility)
                .about(Subject.of("thread", threadId))
                .item(Subject.of("post", postId))
                .tell(audience)
                .build());
    }

    /** The discussion's title as a line may show it: none when a moderator hid it with the opening post. */
    private static String shownTitle(Discussion discussion) {
        return discussion.openingHidden() ? null : discussion.title();
    }

    /**
     * The title of this key naming the discussion (its typed title the last argument), or of the key's "-hidden"
     * form, which says "a discussion", when its title is hidden.
     */
    private static Text named(Discussion discussion, String key, Object... args) {
        if (discussion.openingHidden()) {
            return Text.of(key + "-hidden", args);
        }
        Object[] withTitle = Arrays.copyOf(args, args.length + 1);
        withTitle[args.length] = discussion.title();
        return Text.of(key, withTitle);
    }

    private static Set<Long> without(Set<Long> people, Set<Long> muted, long actorId) {
        Set<Long> left = new HashSet<>(people);
        left.removeAll(muted);
        left.remove(actorId);
        return left;
    }
}
