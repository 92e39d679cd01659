package org.statcommons.activity;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.statcommons.insights.InsightFigure;
import org.statcommons.insights.InsightPart;
import org.statcommons.insights.InsightRequest;
import org.statcommons.insights.InsightSection;
import org.statcommons.platform.Text;

/**
 * Active members for the activity figures: how many people the stream names as having acted in the period, in all
 * and by kind of act (worked on pages: published one or proposed a change; commented on pages; started or replied in
 * discussions, or marked an answer). Counts of people, never who: the stream's lines say who did what, the dashboard
 * only how many (the kinds of act are told apart by the lines' kinds and items, {@link ActivityLines#actors}). A direct
 * edit of a page is no line of the stream, so its writer is not counted here (the space section counts the edits).
 */
@Component
class ActivityInsightSection implements InsightSection {

    private final ActivityLines lines;

    ActivityInsightSection(ActivityLines lines) {
        this.lines = lines;
    }

    @Override
    public Optional<InsightPart> part(InsightRequest request) {
        ActivityLines.Actors actors = lines.actors(
                request.community().id(),
                request.period().from(),
                request.period().until());
        return Optional.of(new InsightPart(
                15,
                "active",
                Text.of("insights.active.heading"),
                List.of(
                        InsightFigure.count("active", "insights.active.any", actors.any()),
                        InsightFigure.count("active-pages", "insights.active.pages", actors.pages()),
                        InsightFigure.count("active-comments", "insights.active.comments", actors.comments()),
                        InsightFigure.count("active-discussions", "insights.active.discussions", actors.discussions())),
                List.of()));
    }
}
