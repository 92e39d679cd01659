package org.statcommons.notifications;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.statcommons.platform.activity.Activity;
import org.statcommons.platform.activity.ContentHidden;

/**
 * Hears every feature's activities and moderators' hiding, after the change committed, each in a
 * transaction of its own; the event publication registry retries what a crash interrupted.
 */
@Component
class ActivityListener {

    private final Delivery delivery;
    private final NoticeStore store;

    ActivityListener(Delivery delivery, NoticeStore store) {
        this.delivery = delivery;
        this.store = store;
    }

    @ApplicationModuleListener
    void on(Activity activity) {
        delivery.deliver(activity);
    }

    @ApplicationModuleListener
    void on(ContentHidden hidden) {
        store.hide(hidden.communityId(), hidden.item().key(), hidden.hidden());
    }
}
