package org.statcommons.bodies;

import java.util.Optional;
import org.statcommons.community.Community;
import org.statcommons.community.ListedSection;

/**
 * What another feature shows on a body's page (its co-leads), through this interface for the reason
 * {@code community.LandingContent} exists: the feature that keeps it depends on bodies, not the other way round. The
 * body's page is as public as the landing page, so only what is public belongs here.
 */
public interface BodyContent {

    /** This feature's section of the body's page; empty when it has nothing to show. */
    Optional<ListedSection> section(Community community, Body body);
}
