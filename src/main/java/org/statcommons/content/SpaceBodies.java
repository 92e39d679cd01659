package org.statcommons.content;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * What a body's members-only space needs to know of bodies: which exist, in which community, and who sits on them.
 * {@code bodies} implements it; {@code content} sits below {@code bodies} (bodies belong to organisations, which write
 * sections of the progress report, which saves pages), so it asks through this interface and never the reverse.
 */
public interface SpaceBodies {

    /** A body as its space sees it: its id, its community and its name. */
    record SpaceBody(long id, long communityId, String name) {}

    Optional<SpaceBody> byId(long bodyId);

    /** The bodies of these communities. */
    List<SpaceBody> inCommunities(Collection<Long> communityIds);

    /** The bodies on which this person holds a seat (as representative or alternate). */
    List<SpaceBody> seatedIn(long accountId);

    /** Whether this person holds a seat of the community's body now. */
    boolean seated(long accountId, long communityId, long bodyId);
}
