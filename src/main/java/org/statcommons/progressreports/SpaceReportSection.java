package org.statcommons.progressreports;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.statcommons.content.PageAddress;
import org.statcommons.content.SpaceFigures;
import org.statcommons.platform.Text;

/**
 * The space's pages and proposals over the period. {@code content} is below this feature (the report is written into
 * the space), so this section is written here from content's public {@link SpaceFigures}, as membership is.
 */
@Component
class SpaceReportSection implements ReportSection {

    static final int MOST_READ = 10;

    private final SpaceFigures figures;

    SpaceReportSection(SpaceFigures figures) {
        this.figures = figures;
    }

    @Override
    public Optional<ReportPart> part(ReportRequest request) {
        long community = request.community().id();
        SpaceFigures.Figures f = figures.of(
                community,
                request.period().from(),
                request.period().until(),
                GenerateProgressReport.FOLDER + "progress-");
        List<List<ReportCell>> rows = List.of(
                row("progressreports.pages.now", f.pagesNow()),
                row("progressreports.pages.added", f.pagesAdded()),
                row("progressreports.pages.changed", f.pagesChanged()),
                row("progressreports.pages.edits", f.edits()),
                row("progressreports.pages.proposals-opened", f.proposalsOpened()),
                row("progressreports.pages.proposals-accepted", f.proposalsAccepted()),
                row("progressreports.pages.published", f.pagesPublished()),
                row("progressreports.pages.views", f.views()));
        List<List<ReportCell>> read = new ArrayList<>();
        for (SpaceFigures.ReadPage page : figures.mostRead(
                community, request.period().from(), request.period().until(), MOST_READ)) {
            read.add(List.of(
                    ReportCell.link(
                            page.title(), PageAddress.page(request.community().slug(), page.path())),
                    ReportCell.number(page.views())));
        }
        return Optional.of(new ReportPart(
                50,
                Text.of("progressreports.pages.heading"),
                List.of(
                        new ReportBlock.Table(
                                List.of(
                                        Text.of("progressreports.column.figure"),
                                        Text.of("progressreports.column.number")),
                                rows,
                                null),
                        new ReportBlock.Subheading(Text.of("progressreports.pages.most-read")),
                        new ReportBlock.Table(
                                List.of(
                                        Text.of("progressreports.column.page"),
                                        Text.of("progressreports.column.views")),
                                read,
                                Text.of("progressreports.pages.none-read")))));
    }

    private static List<ReportCell> row(String key, long value) {
        return List.of(ReportCell.words(key), ReportCell.number(value));
    }
}
