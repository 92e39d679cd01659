package org.statcommons.insights;

import java.util.List;
import org.statcommons.community.Community;

/** A community's figures over a period: every section's part, in order. */
record Dashboard(Community community, InsightPeriod period, List<InsightPart> parts) {

    Dashboard {
        parts = List.copyOf(parts);
    }
}
