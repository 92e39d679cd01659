package org.statcommons.discussions;

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

/**
 * Discussions for the activity figures: discussions started and replies posted in the period (kept posts), by month,
 * how many people posted, and how many of the discussions started have an answer marked.
 */
@Component
class DiscussionInsightSection implements InsightSection {

    private final Posts posts;

    DiscussionInsightSection(Posts posts) {
        this.posts = posts;
    }

    @Override
    public Optional<InsightPart> part(InsightRequest request) {
        long community = request.community().id();
        Map<LocalDate, long[]> byMonth = new HashMap<>();
        long started = 0;
        long replies = 0;
        for (Posts.MonthCount m : posts.byMonth(
                community, request.period().from(), request.period().until())) {
            byMonth.put(m.month(), new long[] {m.started(), m.replies()});
            started += m.started();
            replies += m.replies();
        }
        List<InsightRow> rows = new ArrayList<>();
        for (LocalDate month : request.period().months()) {
            long[] c = byMonth.getOrDefault(month, new long[2]);
            rows.add(InsightRow.of(new InsightLabel.Month(month), c[0], c[1]));
        }
        Posts.Participation taking = posts.participation(
                community, request.period().from(), request.period().until());
        return Optional.of(new InsightPart(
                35,
                "discussions",
                Text.of("insights.discussions.heading"),
                List.of(
                        InsightFigure.count("discussions-started", "insights.discussions.started", started),
                        InsightFigure.count("replies", "insights.discussions.replies", replies),
                        InsightFigure.count("posters", "insights.discussions.people", taking.people()),
                        InsightFigure.count("answered", "insights.discussions.answered", taking.answered())),
                List.of(new InsightTable(
                        "posts-by-month",
                        Text.of("insights.discussions.by-month"),
                        Text.of("insights.column.month"),
                        List.of(Text.of("insights.column.started"), Text.of("insights.column.replies")),
                        rows,
                        true))));
    }
}
