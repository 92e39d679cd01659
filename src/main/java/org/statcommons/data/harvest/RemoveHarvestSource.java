package org.statcommons.data.harvest;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Community;

/** The secretariat stops harvesting a portal: the source goes, and with it every dataset harvested from it. */
@Service
class RemoveHarvestSource {

    private final Permissions permissions;
    private final HarvestSources sources;

    RemoveHarvestSource(Permissions permissions, HarvestSources sources) {
        this.permissions = permissions;
        this.sources = sources;
    }

    @Transactional
    void remove(Actor actor, Community community, long sourceId) {
        permissions.require(actor, Action.MANAGE_HARVEST_SOURCES, community.id());
        HarvestSource source = sources.inCommunity(community.id(), sourceId);
        sources.delete(source.id());
    }
}
