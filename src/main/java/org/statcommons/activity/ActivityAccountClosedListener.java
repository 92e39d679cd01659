package org.statcommons.activity;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.statcommons.community.Communities;
import org.statcommons.identity.AccountClosed;

/**
 * A closed account in the activity stream and its Atom feed: its lines, and lines whose title names it, say "Former
 * member"; where the person asked for their posts and comments to be removed and the community allows it, the
 * excerpts of their lines go too. After commit, on the closing request's thread, in a transaction of its own.
 */
@Component
class ActivityAccountClosedListener {

    private final ActivityLines lines;
    private final Communities communities;

    ActivityAccountClosedListener(ActivityLines lines, Communities communities) {
        this.lines = lines;
        this.communities = communities;
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(AccountClosed closed) {
        lines.renameActor(closed.personId(), closed.formerName(), AccountClosed.FORMER_MEMBER);
        if (closed.removeContributions()) {
            List<Long> removable = communities.removingContributionsOnClose(lines.communitiesOf(closed.personId()));
            if (!removable.isEmpty()) {
                lines.forgetExcerpts(closed.personId(), removable);
            }
        }
    }
}
