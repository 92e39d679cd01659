package org.statcommons.academy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.statcommons.organisations.Organisation;
import org.statcommons.organisations.Organisations;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;
import org.statcommons.platform.chart.ChartDrawer;

/**
 * Builds the gap map of a framework from each organisation's latest assessment (one query), the organisations'
 * countries and kinds, and the catalogue's public courses; draws it as an SVG heat map and writes it as CSV.
 */
@Component
class GapMapPresenter {

    /** The two ways of grouping organisations. */
    static final List<String> BY = List.of("country", "kind");

    private final Frameworks frameworks;
    private final Assessments assessments;
    private final Organisations organisations;
    private final Catalogue catalogue;
    private final MessageSource messages;

    GapMapPresenter(
            Frameworks frameworks,
            Assessments assessments,
            Organisations organisations,
            Catalogue catalogue,
            MessageSource messages) {
        this.frameworks = frameworks;
        this.assessments = assessments;
        this.organisations = organisations;
        this.catalogue = catalogue;
        this.messages = messages;
    }

    GapMap map(String frameworkCode, String by, Locale locale) {
        String grouping = by == null || by.isBlank() ? "country" : by.strip();
        if (!BY.contains(grouping)) {
            throw new InvalidInputException("by", Text.of("academy.gaps.by-unknown"));
        }
        Framework framework = frameworks
                .byCode(frameworkCode == null || frameworkCode.isBlank() ? "GSBPM" : frameworkCode.strip())
                .orElseThrow(() -> new NotFoundException(Text.of("academy.framework.none")));
        List<Assessments.Row> rows = assessments.latest(framework.id());
        Map<Long, String> columnOf = new HashMap<>();
        Map<String, String> labels = new TreeMap<>();
        for (Organisation organisation : organisations.byIds(
                rows.stream().map(Assessments.Row::organisationId).distinct().toList())) {
            String key = grouping.equals("kind") ? organisation.kind().name() : country(organisation);
            columnOf.put(organisation.id(), key);
            labels.computeIfAbsent(key, k -> label(grouping, k, locale));
        }
        List<GapMap.Column> columns = labels.entrySet().stream()
                .map(e -> new GapMap.Column(e.getKey(), e.getValue()))
                .sorted(java.util.Comparator.comparing(GapMap.Column::label))
                .toList();
        Map<String, Integer> place = new HashMap<>();
        columns.forEach(c -> place.put(c.key(), place.size()));

        // per item and column: organisations with a target, the sum of their gaps, those wanting more
        Map<String, int[][]> figures = new HashMap<>();
        for (Assessments.Row row : rows) {
            String column = columnOf.get(row.organisationId());
            if (column == null || row.target() == null) {
                continue;
            }
            int[][] cells = figures.computeIfAbsent(row.item(), i -> new int[columns.size()][3]);
            int gap = new Assessment.Levels(row.current(), row.target()).gap();
            int[] cell = cells[place.get(column)];
            cell[0]++;
            cell[1] += gap;
            cell[2] += gap > 0 ? 1 : 0;
        }
        Map<String, Supply> supply = supply(framework);
        List<GapMap.Line> lines = new ArrayList<>();
        double max = 0;
        for (Framework.Item item : framework.leaves()) {
            int[][] cells = figures.get(item.code());
            List<GapMap.Cell> shown = new ArrayList<>(columns.size());
            int demand = 0;
            for (int c = 0; c < columns.size(); c++) {
                int[] cell = cells == null ? new int[3] : cells[c];
                Double gap = cell[0] == 0 ? null : (double) cell[1] / cell[0];
                if (gap != null) {
                    max = Math.max(max, gap);
                }
                demand += cell[2];
                shown.add(new GapMap.Cell(gap, cell[0], cell[2]));
            }
            Supply courses = supply.getOrDefault(item.code(), new Supply(0, new TreeSet<>()));
            lines.add(new GapMap.Line(
                    item, framework.root(item), shown, demand, courses.count(), List.copyOf(courses.languages())));
        }
        return new GapMap(framework, grouping, columns, lines, max, columnOf.size());
    }

    /** The courses that teach an item, by the item's code: tagged with it, or with an item above it. */
    private record Supply(int count, Set<String> languages) {}

    private Map<String, Supply> supply(Framework framework) {
        Map<String, Set<String>> coursesOf = new HashMap<>();
        Map<String, Set<String>> languagesOf = new HashMap<>();
        for (Catalogue.Entry entry : catalogue.all()) {
            Set<String> tagged = new HashSet<>();
            entry.items().forEach(i -> tagged.add(i.code()));
            for (Framework.Item leaf : framework.leaves()) {
                if (covers(framework, leaf, tagged)) {
                    coursesOf
                            .computeIfAbsent(leaf.code(), c -> new HashSet<>())
                            .add(entry.course().address());
                    languagesOf
                            .computeIfAbsent(leaf.code(), c -> new TreeSet<>())
                            .add(entry.course().manifest().language());
                }
            }
        }
        Map<String, Supply> supply = new HashMap<>();
        coursesOf.forEach((code, courses) -> supply.put(code, new Supply(courses.size(), languagesOf.get(code))));
        return supply;
    }

    private static boolean covers(Framework framework, Framework.Item leaf, Set<String> tagged) {
        Framework.Item at = leaf;
        for (int step = 0; at != null && step < FrameworkCsvReader.MAX_DEPTH; step++) {
            if (tagged.contains(at.code())) {
                return true;
            }
            at = at.parent() == null ? null : framework.item(at.parent()).orElse(null);
        }
        return false;
    }

    private static String country(Organisation organisation) {
        return organisation.country() == null ? "international" : organisation.country();
    }

    private String label(String grouping, String key, Locale locale) {
        if (grouping.equals("kind")) {
            return messages.getMessage("identity.organisation-kind." + key, null, key, locale);
        }
        if (key.equals("international")) {
            return messages.getMessage("academy.gaps.international", null, key, locale);
        }
        return new Locale("", key).getDisplayCountry(locale);
    }

    /** The heat map, its rows the items (a gap marked), its columns the countries or kinds. */
    String svg(GapMap map, Locale locale) {
        List<ChartDrawer.HeatRow> rows = map.lines().stream()
                .map(l -> new ChartDrawer.HeatRow(
                        l.item().code() + " " + l.item().name(),
                        l.cells().stream().map(GapMap.Cell::gap).toList(),
                        l.gap()))
                .toList();
        String title = messages.getMessage(
                "academy.gaps.title", new Object[] {map.framework().name()}, locale);
        String description = messages.getMessage("academy.gaps.description", null, locale);
        return ChartDrawer.heatMap(
                title,
                description,
                map.columns().stream().map(GapMap.Column::label).toList(),
                rows,
                map.max());
    }

    /** The map as CSV: one line per item and column, with the item's courses and whether it is a gap. */
    static String csv(GapMap map) {
        StringBuilder csv = new StringBuilder("item,name,phase," + map.by()
                + ",organisations,wanting_more,mean_gap,courses,languages,gap,language_gap\r\n");
        for (GapMap.Line line : map.lines()) {
            for (int c = 0; c < map.columns().size(); c++) {
                GapMap.Cell cell = line.cells().get(c);
                csv.append(cellText(line.item().code()))
                        .append(',')
                        .append(cellText(line.item().name()))
                        .append(',')
                        .append(cellText(line.phase().code()))
                        .append(',')
                        .append(cellText(map.columns().get(c).key()))
                        .append(',')
                        .append(cell.assessed())
                        .append(',')
                        .append(cell.demand())
                        .append(',')
                        .append(cell.gap() == null ? "" : String.format(Locale.ROOT, "%.2f", cell.gap()))
                        .append(',')
                        .append(line.courses())
                        .append(',')
                        .append(cellText(String.join(" ", line.languages())))
                        .append(',')
                        .append(line.gap())
                        .append(',')
                        .append(line.languageGap())
                        .append("\r\n");
            }
        }
        return csv.toString();
    }

    /** A CSV cell: quoted when it holds a separator or quote; a leading =, +, - or @ made text for spreadsheets. */
    private static String cellText(String value) {
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
