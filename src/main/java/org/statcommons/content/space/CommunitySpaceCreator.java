package org.statcommons.content.space;

import java.util.HashSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.statcommons.community.Communities;
import org.statcommons.community.CommunityCreated;
import org.statcommons.content.SetUpSpace;

/**
 * Every community has its space before anyone asks for it, so that requests never set one up: a new community's
 * is made once the community is saved, and at start every community still without one (created before spaces
 * were, or whose set-up failed) gets it, before the server takes requests.
 */
@Component
class CommunitySpaceCreator implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(CommunitySpaceCreator.class);

    private final SetUpSpace setup;
    private final Communities communities;
    private final IndexedSpaces spaces;
    private volatile boolean running;

    CommunitySpaceCreator(SetUpSpace setup, Communities communities, IndexedSpaces spaces) {
        this.setup = setup;
        this.communities = communities;
        this.spaces = spaces;
    }

    /**
     * After the community's creation committed (a Git repository cannot be rolled back), on the creating request's
     * thread, so that the founder's first visit finds the space. Its own transaction: the creating one is over. A
     * failure leaves the event unfinished in the registry, which hands it here again.
     */
    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(CommunityCreated created) {
        setup.ensure(created.communityId());
    }

    /**
     * The start-up pass, idempotent: only communities whose space was never written to (every write records its
     * space in the index first) are set up, so a start reads no repository of a community that has its space.
     */
    void createMissing() {
        Set<Long> written = new HashSet<>(spaces.communityIds());
        int setUp = 0;
        for (long communityId : communities.ids()) {
            if (written.contains(communityId)) {
                continue;
            }
            try {
                setup.ensure(communityId);
                setUp++;
            } catch (RuntimeException e) {
                // one broken repository does not keep the server down; its first save sets the space up
                log.error("Setting up the space of community {} failed", communityId, e);
            }
        }
        if (setUp > 0) {
            log.info("Set up the spaces of {} communities", setUp);
        }
    }

    @Override
    public void start() {
        createMissing();
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before the web server's phase: requests come only once every space is there. */
    @Override
    public int getPhase() {
        return 0;
    }
}
