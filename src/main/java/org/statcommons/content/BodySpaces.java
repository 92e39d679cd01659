package org.statcommons.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.access.Standing;
import org.statcommons.community.Communities;
import org.statcommons.community.Community;
import org.statcommons.content.SpaceBodies.SpaceBody;
import org.statcommons.content.space.IndexedSpaces;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;

/**
 * Who may reach a body's members-only space ({@link BodySpace}), asked of the one policy with the body member's
 * standing: the body's members (a seat's representative or alternate, while a current member of the community) and
 * the secretariat ({@link Action#VIEW_BODY_SPACE}, {@link Action#EDIT_BODY_SPACE}). Seats are read at every question,
 * so a seat taken away counts from the next request on. Every channel (pages, Git, search) asks here.
 */
@Component
public class BodySpaces {

    private final SpaceBodies bodies;
    private final Communities communities;
    private final Permissions permissions;
    private final IndexedSpaces spaces;

    BodySpaces(SpaceBodies bodies, Communities communities, Permissions permissions, IndexedSpaces spaces) {
        this.bodies = bodies;
        this.communities = communities;
        this.permissions = permissions;
        this.spaces = spaces;
    }

    /**
     * The space of the community's body {@code bodyId}, which this person may reach for {@code action}; "not found"
     * for a body of another community or none, refused (403) otherwise.
     */
    public BodySpace require(Actor actor, Action action, Community community, long bodyId) {
        SpaceBody body = bodies.byId(bodyId)
                .filter(b -> b.communityId() == community.id())
                .orElseThrow(() -> new NotFoundException(Text.of("bodies.none")));
        permissions.require(actor, action, community.id(), Standing.BODY_MEMBER, seated(actor, body));
        return of(community, body);
    }

    /** The same question, answered as yes or no. */
    public boolean may(Actor actor, Action action, Community community, SpaceBody body) {
        return body.communityId() == community.id()
                && permissions.may(actor, action, community.id(), Standing.BODY_MEMBER, seated(actor, body));
    }

    /** The same question for a body known by its id: no for a body of another community or none. */
    public boolean may(Actor actor, Action action, Community community, long bodyId) {
        return bodies.byId(bodyId)
                .filter(body -> may(actor, action, community, body))
                .isPresent();
    }

    /**
     * The space of the community's body {@code bodyId} if this person may reach it for {@code action}: empty alike
     * for no such body and for a refusal (Git answers both as "not found").
     */
    public Optional<BodySpace> ifAllowed(Actor actor, Action action, Community community, long bodyId) {
        return bodies.byId(bodyId)
                .filter(body -> may(actor, action, community, body))
                .map(body -> of(community, body));
    }

    /** Every body space this person may read, by key: the bodies they sit on and those of the communities they run. */
    public Map<Long, BodySpace> readable(Actor actor) {
        if (!actor.signedIn()) {
            return Map.of();
        }
        Set<Long> run = permissions.communitiesWhere(actor, Action.VIEW_BODY_SPACE);
        List<SpaceBody> candidates = new ArrayList<>(bodies.inCommunities(run));
        candidates.addAll(bodies.seatedIn(actor.accountId()));
        Map<Long, BodySpace> readable = new LinkedHashMap<>();
        for (SpaceBody body : candidates) {
            long key = BodySpace.keyOf(body.id());
            if (readable.containsKey(key)) {
                continue;
            }
            boolean allowed = run.contains(body.communityId())
                    || permissions.may(actor, Action.VIEW_BODY_SPACE, body.communityId(), Standing.BODY_MEMBER, true);
            if (allowed) {
                communities.byId(body.communityId()).ifPresent(c -> readable.put(key, of(c, body)));
            }
        }
        return readable;
    }

    /** The keys of the body spaces written to so far (a search index rebuild indexes them too). */
    public List<Long> keys() {
        return spaces.communityIds().stream().filter(BodySpace::isBodySpace).toList();
    }

    private boolean seated(Actor actor, SpaceBody body) {
        return actor.signedIn() && bodies.seated(actor.accountId(), body.communityId(), body.id());
    }

    private static BodySpace of(Community community, SpaceBody body) {
        return new BodySpace(
                BodySpace.keyOf(body.id()), community.id(), community.slug(), community.name(), body.id(), body.name());
    }
}
