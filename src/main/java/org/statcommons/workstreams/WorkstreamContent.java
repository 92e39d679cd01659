package org.statcommons.workstreams;

import java.util.Optional;
import org.statcommons.access.Actor;
import org.statcommons.community.Community;
import org.statcommons.community.ListedSection;

/**
 * What another feature holds for a workstream (its outputs), listed on the workstream's page. Those features depend on
 * {@code workstreams} (they ask who leads one), so they come to the page through this interface and
 * {@code workstreams} never depends on them nor reads their tables, as a body's page does with
 * {@code bodies.BodyContent}.
 */
public interface WorkstreamContent {

    /** This feature's section of the workstream's page for this reader; empty when they may not see it. */
    Optional<ListedSection> section(Actor actor, Community community, Workstream workstream);
}
