package org.statcommons.community;

import java.util.Optional;
import org.statcommons.access.Actor;

/**
 * Members other than people that another feature keeps (member organisations), shown on the landing page and in the
 * member directory, grouped. The feature depends on {@code community}, never the reverse, as for
 * {@link LandingContent}.
 */
public interface MembersContent {

    /** The public section of the landing page (everyone reads it); empty when there is nothing to show. */
    Optional<GroupedSection> onLanding(Community community);

    /** The section of the member directory, for a reader who may see the community's inside. */
    Optional<GroupedSection> inDirectory(Actor actor, Community community);
}
