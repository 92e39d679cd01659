package org.statcommons.notifications;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.statcommons.identity.AccountClosed;

/**
 * A closed account hears of nothing more: its notices are deleted (so no digest carries them) and its choice is "off"
 * everywhere; other people's notices of what it did name "Former member". After commit, on the closing request's
 * thread, in a transaction of its own.
 */
@Component
class NotificationAccountClosedListener {

    private final Notices notices;
    private final Preferences preferences;
    private final NotifiedActivities activities;

    NotificationAccountClosedListener(Notices notices, Preferences preferences, NotifiedActivities activities) {
        this.notices = notices;
        this.preferences = preferences;
        this.activities = activities;
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(AccountClosed closed) {
        notices.forgetAll(closed.personId());
        preferences.clearOverrides(closed.personId());
        preferences.setDefault(closed.personId(), Choice.OFF);
        activities.renameActor(closed.personId(), closed.formerName(), AccountClosed.FORMER_MEMBER);
    }
}
