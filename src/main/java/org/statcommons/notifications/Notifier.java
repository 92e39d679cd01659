package org.statcommons.notifications;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.statcommons.platform.activity.Activity;
import org.statcommons.platform.activity.ContentHidden;

/**
 * Hears every feature's activities and the moderators' hiding, after the change committed, each in a transaction
 * of its own: a failure here never undoes the change, and the event publication registry hands the event again
 * after a crash (or a failure) until it was handled.
 */
@Component
class Notifier {

    private final TellAudience tellAudience;
    private final NotifiedActivities activities;
    private final Notices notices;

    Notifier(TellAudience tellAudience, NotifiedActivities activities, Notices notices) {
        this.tellAudience = tellAudience;
        this.activities = activities;
        this.notices = notices;
    }

    @ApplicationModuleListener
    void on(Activity activity) {
        tellAudience.tell(activity);
    }

    /** The notices of a hidden item are hidden too (and shown again with it), except the decision told to its author. */
    @ApplicationModuleListener
    void on(ContentHidden hidden) {
        activities.hide(hidden.communityId(), hidden.item().key(), hidden.hidden());
        notices.hide(hidden.communityId(), hidden.item().key(), hidden.hidden());
    }
}
