package org.statcommons.comments;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.statcommons.insights.InsightFigure;
import org.statcommons.insights.InsightLabel;
import org.statcommons.insights.InsightPart;
import org.statcommons.insights.InsightRequest;
import org.statcommons.insights.InsightRow;
import org.statcommons.insights.InsightSection;
import org.statcommons.insights.InsightTable;
import org.statcommons.platform.Text;

/** Comments on pages for the activity figures: how many were written in the period (kept ones), by month, and by how many people. */
@Component
class CommentInsightSection implements InsightSection {

    private final Comments comments;

    CommentInsightSection(Comments comments) {
        this.comments = comments;
    }

    @Override
    public Optional<InsightPart> part(InsightRequest request) {
        long community = request.community().id();
        Map<LocalDate, Long> byMonth = new HashMap<>();
        long total = 0;
        for (Comments.MonthCount m : comments.byMonth(
                community, request.period().from(), request.period().until())) {
            byMonth.put(m.month(), m.comments());
            total += m.comments();
        }
        List<InsightRow> rows = new ArrayList<>();
        for (LocalDate month : request.period().months()) {
            rows.add(InsightRow.of(new InsightLabel.Month(month), byMonth.getOrDefault(month, 0L)));
        }
        return Optional.of(new InsightPart(
                30,
                "comments",
                Text.of("insights.comments.heading"),
                List.of(
                        InsightFigure.count("comments", "insights.comments.count", total),
                        InsightFigure.count(
                                "commenters",
                                "insights.comments.people",
                                comments.commenters(
                                        community,
                                        request.period().from(),
                                        request.period().until()))),
                List.of(new InsightTable(
                        "comments-by-month",
                        Text.of("insights.comments.by-month"),
                        Text.of("insights.column.month"),
                        List.of(Text.of("insights.column.comments")),
                        rows,
                        true))));
    }
}
