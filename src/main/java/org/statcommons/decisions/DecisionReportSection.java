package org.statcommons.decisions;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.statcommons.platform.Text;
import org.statcommons.progressreports.ReportBlock;
import org.statcommons.progressreports.ReportCell;
import org.statcommons.progressreports.ReportPart;
import org.statcommons.progressreports.ReportRequest;
import org.statcommons.progressreports.ReportSection;

/**
 * The decisions closed in the period, for the annual progress report: each with its date, kind, outcome (and the
 * winning option of a choice) and turnout. Members-only decisions are listed too: the report is a page of the
 * members' space, and what is published of it is the secretariat's choice.
 */
@Component
class DecisionReportSection implements ReportSection {

    static final int LISTED = 200;

    private final DecisionRecords decisions;

    DecisionReportSection(DecisionRecords decisions) {
        this.decisions = decisions;
    }

    @Override
    public Optional<ReportPart> part(ReportRequest request) {
        DecisionRecords.ClosedDecisions closed = decisions.closedBetween(
                request.community().id(),
                request.period().from(),
                request.period().until(),
                LISTED);
        List<List<ReportCell>> rows = new ArrayList<>();
        long adopted = 0;
        for (DecisionRecords.Closed d : closed.first()) {
            if (d.outcome() == Outcome.ADOPTED) {
                adopted++;
            }
            rows.add(List.of(
                    ReportCell.day(d.closedAt()),
                    ReportCell.link(
                            d.title(),
                            DecisionAddress.decision(request.community().slug(), d.id())),
                    ReportCell.words("decisions.kind." + d.kind()),
                    d.outcome() == null ? ReportCell.typed("") : ReportCell.words("decisions.outcome." + d.outcome()),
                    ReportCell.typed(d.winner()),
                    ReportCell.words("progressreports.decisions.turnout", d.votes(), d.eligible())));
        }
        List<ReportBlock> blocks = new ArrayList<>();
        blocks.add(new ReportBlock.Paragraph(
                closed.count() == 0
                        ? Text.of("progressreports.decisions.none")
                        : closed.count() > rows.size()
                                ? Text.of("progressreports.decisions.count", closed.count())
                                : Text.of("progressreports.decisions.count-adopted", closed.count(), adopted)));
        blocks.add(new ReportBlock.Table(
                List.of(
                        Text.of("progressreports.column.closed"),
                        Text.of("progressreports.column.decision"),
                        Text.of("progressreports.column.kind"),
                        Text.of("progressreports.column.outcome"),
                        Text.of("progressreports.column.chosen"),
                        Text.of("progressreports.column.turnout")),
                rows,
                null));
        if (closed.count() > rows.size()) {
            blocks.add(new ReportBlock.Paragraph(Text.of("progressreports.more", closed.count() - rows.size())));
        }
        return Optional.of(new ReportPart(30, Text.of("progressreports.decisions.heading"), blocks));
    }
}
