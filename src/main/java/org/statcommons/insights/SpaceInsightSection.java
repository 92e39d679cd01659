package org.statcommons.insights;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.statcommons.content.PageAddress;
import org.statcommons.content.SpaceFigures;
import org.statcommons.platform.Text;

/**
 * The space over the period: pages created, edited and published, edits, proposals, and the views (counted per page
 * and day without anything about the reader) in all, by month and by page. {@code content} is below this feature, so
 * this section is written here from content's public {@link SpaceFigures}, as the progress report's is.
 */
@Component
class SpaceInsightSection implements InsightSection {

    /** The pages listed by views: the dashboard says what was read, not the long tail. */
    static final int PAGES_LISTED = 20;

    private final SpaceFigures figures;

    SpaceInsightSection(SpaceFigures figures) {
        this.figures = figures;
    }

    @Override
    public Optional<InsightPart> part(InsightRequest request) {
        long community = request.community().id();
        InsightPeriod period = request.period();
        // nothing is left out of the dashboard (the reports folder's pages are pages of the space too): no path of a
        // space begins with a slash
        SpaceFigures.Figures f = figures.of(community, period.from(), period.until(), "/", false);
        Map<LocalDate, Long> months = new HashMap<>();
        SpaceFigures.Views views = figures.views(community, period.from(), period.until(), PAGES_LISTED);
        long total = 0;
        for (SpaceFigures.MonthViews m : views.byMonth()) {
            months.put(m.month(), m.views());
            total += m.views();
        }
        List<InsightRow> byMonth = new ArrayList<>();
        for (LocalDate month : period.months()) {
            byMonth.add(InsightRow.of(InsightLabel.month(month), months.getOrDefault(month, 0L)));
        }
        List<InsightRow> byPage = new ArrayList<>();
        for (SpaceFigures.ReadPage page : views.mostRead()) {
            byPage.add(InsightRow.of(
                    new InsightLabel.Link(
                            page.path(),
                            page.title(),
                            PageAddress.page(request.community().slug(), page.path())),
                    page.views()));
        }
        List<Text> viewColumn = List.of(Text.of("insights.column.views"));
        return Optional.of(new InsightPart(
                20,
                "pages",
                Text.of("insights.pages.heading"),
                List.of(
                        InsightFigure.count("pages-now", "insights.pages.now", f.pagesNow()),
                        InsightFigure.count("pages-created", "insights.pages.created", f.pagesAdded()),
                        InsightFigure.count("pages-edited", "insights.pages.edited", f.pagesChanged()),
                        InsightFigure.count("edits", "insights.pages.edits", f.edits()),
                        InsightFigure.count("pages-published", "insights.pages.published", f.pagesPublished()),
                        InsightFigure.count("proposals", "insights.pages.proposals", f.proposalsOpened()),
                        InsightFigure.count("views", "insights.pages.views", total)),
                List.of(
                        new InsightTable(
                                "views-by-month",
                                Text.of("insights.pages.views-by-month"),
                                Text.of("insights.column.month"),
                                viewColumn,
                                byMonth,
                                true),
                        new InsightTable(
                                "views-by-page",
                                Text.of("insights.pages.views-by-page", PAGES_LISTED),
                                Text.of("insights.column.page"),
                                viewColumn,
                                byPage,
                                false))));
    }
}
