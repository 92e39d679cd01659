package org.statcommons.outputs;

import java.time.Instant;
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
 * The outputs declared or moved on in the period, for the annual progress report: each with the day it was declared,
 * put to the members' review, endorsed, and submitted to the Statistical Commission with its document symbol, as
 * far as it had gone by the period's end.
 */
@Component
class OutputReportSection implements ReportSection {

    /** A report lists at most this many outputs. */
    static final int LISTED = 200;

    private final Outputs outputs;

    OutputReportSection(Outputs outputs) {
        this.outputs = outputs;
    }

    @Override
    public Optional<ReportPart> part(ReportRequest request) {
        List<Outputs.InPeriod> listed = outputs.inPeriod(
                request.community().id(),
                request.period().from(),
                request.period().until(),
                request.period().last(),
                LISTED);
        List<List<ReportCell>> rows = new ArrayList<>();
        for (Outputs.InPeriod o : listed) {
            rows.add(List.of(
                    ReportCell.link(
                            o.title(), OutputAddress.of(request.community().slug(), o.id())),
                    day(o.declaredAt()),
                    day(o.reviewedAt()),
                    day(o.endorsedAt()),
                    o.submittedOn() == null
                            ? ReportCell.typed("")
                            : ReportCell.words(
                                    "outputs.report.submitted",
                                    o.submittedOn(),
                                    o.symbol() == null ? "" : o.symbol())));
        }
        List<ReportBlock> blocks = new ArrayList<>();
        blocks.add(new ReportBlock.Paragraph(Text.of("outputs.report.count", rows.size())));
        blocks.add(new ReportBlock.Table(
                List.of(
                        Text.of("outputs.report.column.output"),
                        Text.of("outputs.report.column.declared"),
                        Text.of("outputs.report.column.reviewed"),
                        Text.of("outputs.report.column.endorsed"),
                        Text.of("outputs.report.column.submitted")),
                rows,
                null));
        return Optional.of(new ReportPart(25, Text.of("outputs.report.heading"), blocks));
    }

    private static ReportCell day(Instant at) {
        return at == null ? ReportCell.typed("") : ReportCell.day(at);
    }
}
