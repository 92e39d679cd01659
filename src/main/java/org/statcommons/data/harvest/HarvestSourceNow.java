package org.statcommons.data.harvest;

import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Community;

/**
 * The secretariat asks for a portal's harvest now rather than at its next hour (a portal just registered, or one that
 * has just published): the source is made due and the harvester woken once the change is committed. The harvest itself
 * runs on the harvester's thread, with its limits, never in the request.
 */
@Service
class HarvestSourceNow {

    private final Permissions permissions;
    private final HarvestSources sources;
    private final HarvestScheduler scheduler;
    private final Clock clock;

    HarvestSourceNow(Permissions permissions, HarvestSources sources, HarvestScheduler scheduler, Clock clock) {
        this.permissions = permissions;
        this.sources = sources;
        this.scheduler = scheduler;
        this.clock = clock;
    }

    @Transactional
    void harvestNow(Actor actor, Community community, long sourceId) {
        permissions.require(actor, Action.MANAGE_HARVEST_SOURCES, community.id());
        HarvestSource source = sources.inCommunity(community.id(), sourceId);
        sources.dueAt(source.id(), clock.instant());
        scheduler.tickAfterCommit();
    }
}
