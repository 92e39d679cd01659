package org.statcommons.content.space;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.statcommons.community.CommunityCreated;
import org.statcommons.content.SetUpSpace;

/** Every new community gets its space, once the community is saved. */
@Component
class CommunitySpaceCreator {

    private final SetUpSpace setup;

    CommunitySpaceCreator(SetUpSpace setup) {
        this.setup = setup;
    }

    @ApplicationModuleListener
    void on(CommunityCreated created) {
        setup.ensure(created.communityId());
    }
}
