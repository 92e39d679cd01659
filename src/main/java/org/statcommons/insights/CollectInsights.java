package org.statcommons.insights;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Community;

/**
 * Collects a community's figures over a period from every {@link InsightSection}, for the page, the CSV and the API
 * (one read-only transaction, so the sections count the same moment of the database).
 */
@Service
class CollectInsights {

    private final Permissions permissions;
    private final List<InsightSection> sections;
    private final Clock clock;

    CollectInsights(Permissions permissions, List<InsightSection> sections, Clock clock) {
        this.permissions = permissions;
        this.sections = List.copyOf(sections);
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Dashboard collect(Actor actor, Community community, InsightsForm asked) {
        permissions.require(actor, Action.VIEW_INSIGHTS, community.id());
        return collect(community, period(community, asked));
    }

    /** The period asked for, as the dashboard reads it (the evaluation report reads it the same way). */
    InsightPeriod period(Community community, InsightsForm asked) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        return asked.command(today, LocalDate.ofInstant(community.createdAt(), ZoneOffset.UTC));
    }

    /**
     * Every section's figures for the period: the one source of the dashboard, the CSV, the API and the evaluation
     * report. The caller has asked the policy (this feature's use cases only).
     */
    @Transactional(readOnly = true)
    Dashboard collect(Community community, InsightPeriod period) {
        InsightRequest request = new InsightRequest(community, period);
        List<InsightPart> parts = new ArrayList<>();
        for (InsightSection section : sections) {
            section.part(request).ifPresent(parts::add);
        }
        parts.sort(Comparator.comparingInt(InsightPart::order).thenComparing(InsightPart::code));
        return new Dashboard(community, period, parts);
    }
}
