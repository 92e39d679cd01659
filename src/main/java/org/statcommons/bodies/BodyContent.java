package org.statcommons.bodies;

import java.util.Optional;
import org.statcommons.access.Actor;
import org.statcommons.community.Community;
import org.statcommons.community.ListedSection;

/**
 * What another feature holds for a body (its decisions, its meetings), listed on the body's page. Those features
 * depend on {@code bodies} (they ask it for a body's members), so they come to the page through this interface and
 * {@code bodies} never depends on them nor reads their tables, as a topic group's page does with
 * {@code community.TopicGroupContent}. The page is as public as the landing page: each feature shows this reader only
 * what they may read.
 */
public interface BodyContent {

    /** This feature's section of the body's page for this reader; empty when they may not see it. */
    Optional<ListedSection> section(Actor actor, Community community, Body body);
}
