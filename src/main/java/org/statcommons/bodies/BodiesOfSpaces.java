package org.statcommons.bodies;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.statcommons.content.SpaceBodies;

/** Tells a body's members-only space (in {@code content}) which bodies exist and who sits on them. */
@Component
class BodiesOfSpaces implements SpaceBodies {

    private final Bodies bodies;

    BodiesOfSpaces(Bodies bodies) {
        this.bodies = bodies;
    }

    @Override
    public Optional<SpaceBody> byId(long bodyId) {
        return bodies.byId(bodyId).map(BodiesOfSpaces::seen);
    }

    @Override
    public List<SpaceBody> inCommunities(Collection<Long> communityIds) {
        return bodies.inCommunities(communityIds).stream()
                .map(BodiesOfSpaces::seen)
                .toList();
    }

    @Override
    public List<SpaceBody> seatedIn(long accountId) {
        return bodies.seatedIn(accountId).stream().map(BodiesOfSpaces::seen).toList();
    }

    @Override
    public boolean seated(long accountId, long communityId, long bodyId) {
        return bodies.seated(accountId, communityId, bodyId);
    }

    private static SpaceBody seen(Body body) {
        return new SpaceBody(body.id(), body.communityId(), body.name());
    }
}
