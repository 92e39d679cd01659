package org.statcommons.bodies;

import org.springframework.stereotype.Component;
import org.statcommons.access.BodyFacts;

/** Tells the permission policy who is a body member: a seat's representative or alternate. */
@Component
class BodySeatFacts implements BodyFacts {

    private final Bodies bodies;

    BodySeatFacts(Bodies bodies) {
        this.bodies = bodies;
    }

    @Override
    public boolean seated(long accountId, long communityId, long bodyId) {
        return bodies.seated(accountId, communityId, bodyId);
    }
}
