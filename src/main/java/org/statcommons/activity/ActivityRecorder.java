package org.statcommons.activity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.statcommons.platform.activity.Activity;
import org.statcommons.platform.activity.ContentHidden;
import org.statcommons.platform.activity.Visibility;

/**
 * Keeps the stream: records what happened once the feature's change has committed, and hides or restores
 * the lines of an item when a moderator does. Personal activities (a membership decision, a warning) are
 * for their audience only and never enter the stream.
 */
@Component
class ActivityRecorder {

    private static final Logger log = LoggerFactory.getLogger(ActivityRecorder.class);

    private final ActivityLines lines;
    private final HiddenItems hiddenItems;
    private final DailyCounts dailyCounts;

    ActivityRecorder(ActivityLines lines, HiddenItems hiddenItems, DailyCounts dailyCounts) {
        this.lines = lines;
        this.hiddenItems = hiddenItems;
        this.dailyCounts = dailyCounts;
    }

    @ApplicationModuleListener
    void on(Activity activity) {
        if (activity.visibility() == Visibility.PERSONAL) {
            return;
        }
        if (lines.record(activity)) {
            // counted with the line, in its transaction: a line is in the counts exactly when it is recorded
            dailyCounts.add(
                    activity.communityId(), activity.at(), activity.kind().name());
        } else {
            log.debug("Activity {} {} at {} was recorded before", activity.kind(), activity.item(), activity.at());
        }
    }

    @ApplicationModuleListener
    void on(ContentHidden hidden) {
        if (hidden.hidden()) {
            hiddenItems.hide(hidden.communityId(), hidden.item());
        } else {
            hiddenItems.restore(hidden.communityId(), hidden.item());
        }
    }
}
