package org.statcommons.activity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
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
 * many a month. Read from the daily counts the recorder keeps ({@link DailyCounts}), less the lines of hidden items
 * ({@link ActivityLines#hiddenInPeriod}), so five years of a busy community take a few thousand rows, not a million.
 */
@Component
class ActivityReportSection implements ReportSection {

    private final DailyCounts dailyCounts;
    private final ActivityLines lines;

    ActivityReportSection(DailyCounts dailyCounts, ActivityLines lines) {
        this.dailyCounts = dailyCounts;
        this.lines = lines;
    }

    @Override
    public Optional<ReportPart> part(ReportRequest request) {
        long community = request.community().id();
        Map<String, Long> byKindCount = new TreeMap<>();
        Map<LocalDate, Long> byMonthCount = new TreeMap<>();
        for (DailyCounts.DayCount c : dailyCounts.byMonthAndKind(
                community, request.period().from(), request.period().until())) {
            byKindCount.merge(c.kind(), c.lines(), Long::sum);
            byMonthCount.merge(c.day(), c.lines(), Long::sum);
        }
        // hidden items are left out, as everywhere the stream is read
        for (DailyCounts.DayCount c : lines.hiddenInPeriod(
                community, request.period().from(), request.period().until())) {
            byKindCount.merge(c.kind(), -c.lines(), Long::sum);
            byMonthCount.merge(c.day(), -c.lines(), Long::sum);
        }
        long total = byKindCount.values().stream().mapToLong(Long::longValue).sum();
        List<List<ReportCell>> byKind = new ArrayList<>();
        byKindCount.entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .sorted(Comparator.comparing((Map.Entry<String, Long> e) -> -e.getValue())
                        .thenComparing(Map.Entry::getKey))
                .forEach(e -> byKind.add(List.of(kind(e.getKey()), ReportCell.number(e.getValue()))));
        List<List<ReportCell>> byMonth = new ArrayList<>();
        byMonthCount.forEach((month, count) -> {
            if (count > 0) {
                byMonth.add(List.of(ReportCell.month(month), ReportCell.number(count)));
            }
        });
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
