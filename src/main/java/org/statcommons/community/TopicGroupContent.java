package org.statcommons.community;

import java.util.Optional;
import org.statcommons.access.Actor;

/**
 * What another feature holds in a topic group (its discussions, its meetings), listed on the group's page. The
 * features that have such things depend on {@code community}, so they come to it through this interface and
 * {@code community} never reads their tables.
 */
public interface TopicGroupContent {

    /** This feature's section of the group's page for this reader; empty when they may not see it. */
    Optional<ListedSection> section(Actor actor, Community community, TopicGroups.TopicGroup group);
}
