package org.statcommons.insights;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.statcommons.platform.Text;
import org.statcommons.platform.TimePresenter;
import org.statcommons.platform.chart.ChartDrawer;
import org.statcommons.platform.i18n.Language;

/**
 * Builds what the dashboard shows: each section's figures as text in the reader's language, and each table with its
 * chart. A page stays small whatever the period: a series over more than two years is shown by year (the CSV and the
 * API keep the months), and a table of categories shows its first {@link #SHOWN} rows and the rest summed as one.
 */
@Component
class DashboardPresenter {

    static final int SHOWN = 12;
    static final int MONTHS_SHOWN = 24;

    /** The page's model. */
    record DashboardView(String first, String last, List<SectionView> sections) {}

    record SectionView(String code, Text heading, List<FigureView> figures, List<TableView> tables) {}

    /** A headline figure as shown: the count, or the rate with both counts. */
    record FigureView(Text label, String shown) {}

    record TableView(String id, Text title, Text label, List<Text> columns, List<RowView> rows, String chart) {}

    /** A row: its label (a link for a page), and its counts as shown. */
    record RowView(String label, String href, boolean typed, List<String> cells) {}

    DashboardView present(Dashboard dashboard, TimePresenter times) {
        Language language = Language.of(times.locale());
        TimePresenter utc = TimePresenter.in(ZoneOffset.UTC).inLanguage(times.locale());
        List<SectionView> sections = new ArrayList<>();
        RowLabeller labeller = new RowLabeller(language, times);
        java.util.function.LongFunction<String> counts = times.counts();
        for (InsightPart part : dashboard.parts()) {
            List<FigureView> figures = part.figures().stream()
                    .map(f -> new FigureView(f.label(), shown(f, counts, language)))
                    .toList();
            List<TableView> tables = new ArrayList<>();
            for (InsightTable table : part.tables()) {
                tables.add(table(part.code(), table, language, counts, labeller));
            }
            sections.add(new SectionView(part.code(), part.heading(), figures, tables));
        }
        return new DashboardView(
                utc.date(dashboard.period().from()),
                utc.date(dashboard.period().until().minusSeconds(1)),
                sections);
    }

    private static String shown(
            InsightFigure figure, java.util.function.LongFunction<String> counts, Language language) {
        if (figure.outOf() == null) {
            return counts.apply(figure.value());
        }
        Long percent = figure.percent();
        return Text.of(
                        percent == null ? "insights.rate.none" : "insights.rate",
                        percent == null ? 0 : percent,
                        figure.value(),
                        figure.outOf())
                .in(language);
    }

    private TableView table(
            String section,
            InsightTable table,
            Language language,
            java.util.function.LongFunction<String> counts,
            RowLabeller labeller) {
        List<InsightRow> rows = table.rows();
        boolean byYear = table.monthly() && rows.size() > MONTHS_SHOWN;
        List<String> labels = new ArrayList<>();
        List<String> briefLabels = new ArrayList<>();
        List<String> hrefs = new ArrayList<>();
        List<Boolean> typed = new ArrayList<>();
        List<List<Long>> values = new ArrayList<>();
        if (byYear) {
            Map<Integer, long[]> years = new LinkedHashMap<>();
            for (InsightRow row : rows) {
                int year = ((InsightLabel.Month) row.label()).day().getYear();
                long[] sum = years.computeIfAbsent(
                        year, y -> new long[table.columns().size()]);
                for (int c = 0; c < sum.length; c++) {
                    sum[c] += row.values().get(c);
                }
            }
            years.forEach((year, sum) -> {
                labels.add(String.valueOf(year));
                briefLabels.add(String.valueOf(year));
                hrefs.add(null);
                typed.add(false);
                values.add(java.util.Arrays.stream(sum).boxed().toList());
            });
        } else {
            int shown = table.monthly() ? rows.size() : Math.min(rows.size(), rows.size() > SHOWN ? SHOWN - 1 : SHOWN);
            for (int r = 0; r < shown; r++) {
                InsightRow row = rows.get(r);
                labels.add(labeller.label(row.label(), false));
                briefLabels.add(labeller.label(row.label(), true));
                hrefs.add(row.label() instanceof InsightLabel.Link l ? l.href() : null);
                typed.add(row.label() instanceof InsightLabel.Link);
                values.add(row.values());
            }
            if (shown < rows.size()) {
                long[] rest = new long[table.columns().size()];
                for (InsightRow row : rows.subList(shown, rows.size())) {
                    for (int c = 0; c < rest.length; c++) {
                        rest[c] += row.values().get(c);
                    }
                }
                String others = Text.of("insights.others", rows.size() - shown).in(language);
                labels.add(others);
                briefLabels.add(others);
                hrefs.add(null);
                typed.add(false);
                values.add(java.util.Arrays.stream(rest).boxed().toList());
            }
        }
        List<RowView> rowViews = new ArrayList<>();
        for (int r = 0; r < labels.size(); r++) {
            rowViews.add(new RowView(
                    labels.get(r),
                    hrefs.get(r),
                    typed.get(r),
                    values.get(r).stream().map(counts::apply).toList()));
        }
        String title =
                Text.of("insights.chart.title", table.title().in(language)).in(language);
        List<String> series = table.columns().stream().map(c -> c.in(language)).toList();
        String chart = table.monthly()
                ? ChartDrawer.columns(title, briefLabels, series, values, counts, language.rightToLeft())
                : ChartDrawer.bars(title, briefLabels, values, counts, language.rightToLeft());
        return new TableView(
                section + "-" + table.code(),
                byYear ? Text.of("insights.by-year", table.title().in(language)) : table.title(),
                byYear ? Text.of("insights.column.year") : table.label(),
                table.columns(),
                rowViews,
                chart);
    }
}
