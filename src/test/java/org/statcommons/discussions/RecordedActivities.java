package org.statcommons.discussions;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.statcommons.platform.activity.Activity;
import org.statcommons.platform.activity.ActivityKind;

/**
 * Test helper in the running application: every {@link Activity} whose transaction committed, so tests can
 * check who each post told. Tests look only at their own community's.
 */
@Component
class RecordedActivities {

    private final List<Activity> recorded = new CopyOnWriteArrayList<>();

    @TransactionalEventListener(fallbackExecution = true)
    void on(Activity activity) {
        recorded.add(activity);
    }

    List<Activity> in(long communityId) {
        return recorded.stream().filter(a -> a.communityId() == communityId).toList();
    }

    /** The activities of one kind about one post. */
    List<Activity> about(long communityId, ActivityKind kind, long postId) {
        return in(communityId).stream()
                .filter(a -> a.kind() == kind && a.item().key().equals("post:" + postId))
                .toList();
    }
}
