package org.statcommons.content;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.statcommons.content.proposals.Proposals;
import org.statcommons.content.space.IndexedCommits;
import org.statcommons.identity.AccountClosed;

/**
 * A closed account in the knowledge spaces: the index's copy of each commit it authored (what the space's history,
 * its page lists and the API show) and its proposals name "Former member". Git's own commits keep the name and address
 * given at the time (they cannot change without rewriting every later commit): a clone shows them, as GitLab's does
 * (docs/identity.md). The page lists kept in memory are forgotten, so the next view reads the new names. After
 * commit, on the closing request's thread, in a transaction of its own.
 */
@Component
class ContentAccountClosedListener {

    private final IndexedCommits commits;
    private final Proposals proposals;
    private final Pages pages;

    ContentAccountClosedListener(IndexedCommits commits, Proposals proposals, Pages pages) {
        this.commits = commits;
        this.proposals = proposals;
        this.pages = pages;
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(AccountClosed closed) {
        commits.renameAuthor(
                closed.formerEmail(), AccountClosed.FORMER_MEMBER, AccountClosed.placeholderAddress(closed.personId()));
        proposals.renameAuthor(closed.personId(), AccountClosed.FORMER_MEMBER);
        pages.forgetLists();
    }
}
