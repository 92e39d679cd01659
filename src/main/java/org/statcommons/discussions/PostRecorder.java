package org.statcommons.discussions;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.NotAllowedException;
import org.statcommons.community.Community;
import org.statcommons.community.MemberMentions;
import org.statcommons.identity.Account;
import org.statcommons.identity.Accounts;
import org.statcommons.moderation.PostingLimiter;

/**
 * The steps every text written in a discussion goes through, in the writer's transaction: the posting limits,
 * the post and the people it mentions stored, the writer following the discussion, and {@link PostChanged}
 * announced (search listens). The use cases ({@link StartDiscussion}, {@link PostReply}, {@link EditPost}) call it.
 */
@Component
class PostRecorder {

    /** A stored post and the people it mentions. */
    record Recorded(long postId, Set<Long> mentioned) {}

    private final Posts posts;
    private final Subscriptions subscriptions;
    private final MemberMentions mentions;
    private final Accounts accounts;
    private final PostingLimiter limits;
    private final ApplicationEventPublisher events;

    PostRecorder(
            Posts posts,
            Subscriptions subscriptions,
            MemberMentions mentions,
            Accounts accounts,
            PostingLimiter limits,
            ApplicationEventPublisher events) {
        this.posts = posts;
        this.subscriptions = subscriptions;
        this.mentions = mentions;
        this.accounts = accounts;
        this.limits = limits;
        this.events = events;
    }

    /** The writer's account, once the posting limits let this text through ({@code TooManyPostsException} otherwise). */
    Account writer(Actor actor, Community community, String text) {
        limits.check(actor, community.id(), text);
        return accounts.byId(actor.accountId())
                .orElseThrow(() -> new NotAllowedException(Action.POST_IN_DISCUSSIONS, false));
    }

    /** A new post: stored with its mentions, its writer following the discussion. */
    Recorded add(Community community, long threadId, Account author, String text, Long quotes, Instant at) {
        long postId = posts.insert(threadId, author.id(), text, quotes, at);
        Set<Long> mentioned = mentions.in(community.id(), text);
        posts.mention(postId, mentioned);
        subscriptions.followAsWriter(threadId, author.id(), at);
        events.publishEvent(new PostChanged(postId, threadId, community.id()));
        return new Recorded(postId, mentioned);
    }

    /** A post's new text; returns the people it mentions now and did not before. */
    Set<Long> change(Community community, Post post, String text, Instant at) {
        posts.update(post.id(), text, at);
        Set<Long> before = posts.mentions(post.id());
        Set<Long> now = mentions.in(community.id(), text);
        posts.mention(post.id(), now);
        events.publishEvent(new PostChanged(post.id(), post.threadId(), community.id()));
        Set<Long> added = new HashSet<>(now);
        added.removeAll(before);
        return added;
    }
}
