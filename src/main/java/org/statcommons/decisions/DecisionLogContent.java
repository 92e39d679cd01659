package org.statcommons.decisions;

import java.util.List;
import org.statcommons.community.Community;

/**
 * What another feature decided by its own count, entered in the community's decision log beside the decisions: an
 * election's results. Those features depend on {@code decisions} (elections count with its {@code InstantRunoff}), so
 * they come to the log through this interface and {@code decisions} never depends on them nor reads their tables, as a
 * body's page does with {@code bodies.BodyContent}. Each entry says who may read it, with the log's own rule: a
 * public entry is also in the log's Atom feed, a members-only one is shown to those who may see the members' area.
 */
public interface DecisionLogContent {

    /**
     * This feature's entries of the community's log, most recently decided first, at most {@code limit}.
     *
     * @param members whether the reader may see the members' area: without it, only public entries
     */
    List<LoggedDecision> decided(Community community, boolean members, int limit);
}
