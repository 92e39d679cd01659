package org.statcommons.insights;

import org.statcommons.community.Community;

/** What an {@link InsightSection} is asked for: the community and the period. */
public record InsightRequest(Community community, InsightPeriod period) {}
