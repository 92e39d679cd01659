package org.statcommons.activity;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.statcommons.insights.InsightFigure;
import org.statcommons.insights.InsightPart;
import org.statcommons.insights.InsightRequest;
import org.statcommons.insights.InsightSection;
import org.statcommons.platform.Text;
import org.statcommons.platform.activity.ActivityKind;

/**
 * Active members for the activity figures: how many people the stream names as having acted in the period, in all
 * and by kind of act (worked on pages: published one or proposed a change; commented on pages; started or replied in
 * discussions, or marked an answer). Counts of people, never who: the stream's lines say who did what, the dashboard
 * only how many. A reply in a comment thread and one in a discussion are both {@code REPLY} lines, so both count
 * under discussions and comments alike; a direct edit of a page is no line of the stream (the space section counts
 * its writers).
 */
@Component
class ActivityInsightSection implements InsightSection {

    static final List<String> PAGES =
            names(ActivityKind.PAGE_CHANGED, ActivityKind.PAGE_PUBLISHED, ActivityKind.PROPOSAL_TO_REVIEW);
    static final List<String> COMMENTS = names(ActivityKind.PAGE_COMMENT, ActivityKind.REPLY);
    static final List<String> DISCUSSIONS =
            names(ActivityKind.DISCUSSION_STARTED, ActivityKind.REPLY, ActivityKind.ANSWER_MARKED);

    private final ActivityLines lines;

    ActivityInsightSection(ActivityLines lines) {
        this.lines = lines;
    }

    @Override
    public Optional<InsightPart> part(InsightRequest request) {
        ActivityLines.Actors actors = lines.actors(
                request.community().id(),
                request.period().from(),
                request.period().until(),
                PAGES,
                COMMENTS,
                DISCUSSIONS);
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

    private static List<String> names(ActivityKind... kinds) {
        return java.util.Arrays.stream(kinds).map(Enum::name).toList();
    }
}
