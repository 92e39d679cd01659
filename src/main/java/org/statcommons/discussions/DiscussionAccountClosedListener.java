package org.statcommons.discussions;

import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.statcommons.community.Communities;
import org.statcommons.community.MemberMentions;
import org.statcommons.identity.AccountClosed;

/**
 * A closed account in the discussions: it follows nothing more; other people's posts that mention it name "Former
 * member" instead of the name it had; and where the person asked and the community allows it, their posts' text (and
 * the titles of discussions they started) is replaced by "(removed at the author's request)", the posts staying in
 * place and their earlier versions forgotten. Each changed post is announced ({@link PostChanged}), so the search
 * index forgets the old words. After commit, on the closing request's thread, in a transaction of its own.
 */
@Component
class DiscussionAccountClosedListener {

    private final Posts posts;
    private final PostVersions versions;
    private final Discussions discussions;
    private final Subscriptions subscriptions;
    private final Communities communities;
    private final MemberMentions mentions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DiscussionAccountClosedListener(
            Posts posts,
            PostVersions versions,
            Discussions discussions,
            Subscriptions subscriptions,
            Communities communities,
            MemberMentions mentions,
            ApplicationEventPublisher events,
            Clock clock) {
        this.posts = posts;
        this.versions = versions;
        this.discussions = discussions;
        this.subscriptions = subscriptions;
        this.communities = communities;
        this.mentions = mentions;
        this.events = events;
        this.clock = clock;
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(AccountClosed closed) {
        subscriptions.forgetAll(closed.personId());
        for (Posts.Touched post : posts.mentioning(closed.personId())) {
            String text = mentions.withoutFormerName(post.text(), closed.formerName());
            if (!text.equals(post.text())) {
                posts.rewrite(post.postId(), text);
                events.publishEvent(new PostChanged(post.postId(), post.threadId(), post.communityId()));
            }
        }
        if (!closed.removeContributions()) {
            return;
        }
        List<Long> removable = communities.removingContributionsOnClose(posts.communitiesWrittenIn(closed.personId()));
        if (removable.isEmpty()) {
            return;
        }
        discussions.retitleStartedBy(closed.personId(), removable, AccountClosed.REMOVED);
        List<Posts.Touched> removed =
                posts.removeWrittenBy(closed.personId(), removable, AccountClosed.REMOVED, clock.instant());
        versions.forget(removed.stream().map(Posts.Touched::postId).toList());
        for (Posts.Touched post : removed) {
            events.publishEvent(new PostChanged(post.postId(), post.threadId(), post.communityId()));
        }
    }
}
