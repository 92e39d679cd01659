package org.statcommons.academy;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.statcommons.identity.AccountClosed;

/**
 * A closed account's certificates name "Former member": a certificate's public verification page still proves that
 * the course was completed, without the name the person took away. After commit, on the closing request's thread.
 */
@Component
class AcademyAccountClosedListener {

    private final Completions completions;

    AcademyAccountClosedListener(Completions completions) {
        this.completions = completions;
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(AccountClosed closed) {
        completions.renameLearner(closed.personId(), AccountClosed.FORMER_MEMBER);
    }
}
