package org.statcommons.content.space;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.statcommons.community.CommunityCreated;
import org.statcommons.content.SpaceSetup;

/** Every new community gets its space, once the community is saved. */
@Component
class CommunitySpaces {

    private final SpaceSetup setup;

    CommunitySpaces(SpaceSetup setup) {
        this.setup = setup;
    }

    @ApplicationModuleListener
    void on(CommunityCreated created) {
        setup.ensure(created.communityId());
    }
}
