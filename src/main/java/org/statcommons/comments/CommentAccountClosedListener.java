package org.statcommons.comments;

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
 * A closed account in the comments: it follows no page; other people's comments that mention it name "Former member"
 * instead; and where the person asked and the community allows it, their comments' text is replaced by "(removed at
 * the author's request)", each comment staying in its thread. Each changed comment is announced
 * ({@link CommentChanged}) for the search index. After commit, on the closing request's thread, in a transaction of
 * its own.
 */
@Component
class CommentAccountClosedListener {

    private final Comments comments;
    private final PageFollowers followers;
    private final Communities communities;
    private final MemberMentions mentions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CommentAccountClosedListener(
            Comments comments,
            PageFollowers followers,
            Communities communities,
            MemberMentions mentions,
            ApplicationEventPublisher events,
            Clock clock) {
        this.comments = comments;
        this.followers = followers;
        this.communities = communities;
        this.mentions = mentions;
        this.events = events;
        this.clock = clock;
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(AccountClosed closed) {
        followers.forgetAll(closed.personId());
        for (Comments.Touched comment : comments.mentioning(closed.personId())) {
            String text = mentions.withoutFormerName(comment.text(), closed.formerName());
            if (!text.equals(comment.text())) {
                comments.rewrite(comment.commentId(), text);
                events.publishEvent(new CommentChanged(comment.commentId(), comment.communityId(), comment.path()));
            }
        }
        if (!closed.removeContributions()) {
            return;
        }
        List<Long> removable =
                communities.removingContributionsOnClose(comments.communitiesWrittenIn(closed.personId()));
        if (removable.isEmpty()) {
            return;
        }
        for (Comments.Touched comment :
                comments.removeWrittenBy(closed.personId(), removable, AccountClosed.REMOVED, clock.instant())) {
            events.publishEvent(new CommentChanged(comment.commentId(), comment.communityId(), comment.path()));
        }
    }
}
