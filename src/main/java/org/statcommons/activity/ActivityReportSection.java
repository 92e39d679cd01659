package org.statcommons.activity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.statcommons.platform.Text;
import org.statcommons.platform.activity.ActivityKind;
import org.statcommons.progressreports.ReportBlock;
import org.statcommons.progressreports.ReportCell;
import org.statcommons.progressreports.ReportPart;
import org.statcommons.progressreports.ReportRequest;
import org.statcommons.progressreports.ReportSection;

/**
 * The activity stream's figures for the annual progress report: how many lines of each kind the period has, and how
 * many a month. Counted by the database ({@link ActivityLines#countInPeriod}, one pass), so five years of a busy community take
 * one index range, not a million rows in memory.
 */
@Component
class ActivityReportSection implements ReportSection {

    private final ActivityLines lines;

    ActivityReportSection(ActivityLines lines) {
        this.lines = lines;
    }

    @Override
    public Optional<ReportPart> part(ReportRequest request) {
        long community = request.community().id();
        ActivityLines.PeriodCounts counts = lines.countInPeriod(
                community, request.period().from(), request.period().until());
        List<ActivityLines.KindCount> kinds = counts.byKind();
        List<ActivityLines.MonthCount> months = counts.byMonth();
        long total = kinds.stream().mapToLong(ActivityLines.KindCount::lines).sum();
        List<List<ReportCell>> byKind = new ArrayList<>();
        for (ActivityLines.KindCount k : kinds) {
            byKind.add(List.of(kind(k.kind()), ReportCell.number(k.lines())));
        }
        List<List<ReportCell>> byMonth = new ArrayList<>();
        for (ActivityLines.MonthCount m : months) {
            byMonth.add(List.of(ReportCell.month(m.month()), ReportCell.number(m.lines())));
        }
        return Optional.of(new ReportPart(
                90,
                Text.of("progressreports.activity.heading"),
                List.of(
                        new ReportBlock.Paragraph(Text.of("progressreports.activity.count", total)),
                        new ReportBlock.Subheading(Text.of("progressreports.activity.by-kind")),
                        new ReportBlock.Table(
                                List.of(
                                        Text.of("progressreports.column.kind"),
                                        Text.of("progressreports.column.lines")),
                                byKind,
                                Text.of("progressreports.activity.none")),
                        new ReportBlock.Subheading(Text.of("progressreports.activity.by-month")),
                        new ReportBlock.Table(
                                List.of(
                                        Text.of("progressreports.column.month"),
                                        Text.of("progressreports.column.lines")),
                                byMonth,
                                Text.of("progressreports.activity.none")))));
    }

    /** The kind in the reader's words; a kind a later release dropped shows its stored name. */
    private static ReportCell kind(String name) {
        try {
            return ReportCell.words(
                    "activity.kind." + ActivityKind.valueOf(name).name());
        } catch (IllegalArgumentException dropped) {
            return ReportCell.typed(name);
        }
    }
}
