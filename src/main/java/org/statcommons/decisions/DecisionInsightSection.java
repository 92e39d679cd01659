package org.statcommons.decisions;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.statcommons.insights.InsightFigure;
import org.statcommons.insights.InsightPart;
import org.statcommons.insights.InsightRequest;
import org.statcommons.insights.InsightSection;
import org.statcommons.platform.Text;

/** Decisions for the activity figures: how many were taken (closed) in the period. */
@Component
class DecisionInsightSection implements InsightSection {

    private final DecisionRecords decisions;

    DecisionInsightSection(DecisionRecords decisions) {
        this.decisions = decisions;
    }

    @Override
    public Optional<InsightPart> part(InsightRequest request) {
        long closed = decisions
                .closedBetween(
                        request.community().id(),
                        request.period().from(),
                        request.period().until(),
                        0)
                .count();
        return Optional.of(new InsightPart(
                60,
                "decisions",
                Text.of("insights.decisions.heading"),
                List.of(InsightFigure.count("decisions-taken", "insights.decisions.taken", closed)),
                List.of()));
    }
}
