package org.statcommons.data.requests;

import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Community;

/** Someone signed in supports a data request: once per person, counted; supporting again changes nothing. */
@Service
class SupportDataRequest {

    private final Permissions permissions;
    private final DataRequests requests;
    private final DataRequestSupports supports;
    private final Clock clock;

    SupportDataRequest(Permissions permissions, DataRequests requests, DataRequestSupports supports, Clock clock) {
        this.permissions = permissions;
        this.requests = requests;
        this.supports = supports;
        this.clock = clock;
    }

    /** True when the support is new. */
    @Transactional
    boolean support(Actor actor, Community community, long requestId) {
        permissions.require(actor, Action.REQUEST_DATA, community.id());
        DataRequest request = requests.lockIn(community.id(), requestId);
        if (!supports.add(request.id(), actor.accountId(), clock.instant())) {
            return false;
        }
        requests.addSupporter(request.id());
        return true;
    }
}
