package org.statcommons.community;

import java.util.Optional;

/**
 * What another feature shows everyone on a community's public landing page (its published pages), through this
 * interface for the same reason as {@link TopicGroupContent}. Only what is public belongs here: the landing page is
 * read by anonymous visitors.
 */
public interface LandingContent {

    /** This feature's public section of the landing page; empty when it has nothing to show. */
    Optional<ListedSection> section(Community community);
}
