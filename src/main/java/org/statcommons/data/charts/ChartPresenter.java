package org.statcommons.data.charts;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;
import org.statcommons.data.Dataset;
import org.statcommons.data.ingest.Column;
import org.statcommons.data.ingest.ReleasedData;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.StatCommonsProperties;
import org.statcommons.platform.Text;
import org.statcommons.platform.chart.ChartDrawer;
import org.statcommons.platform.i18n.Language;

/**
 * Draws a released dataset's figures: lines over time, one per code of one or two dimensions (the others held at one
 * code each), or bars for one period. Read through the public reading path ({@link ReleasedData}): only the
 * latest release that is out, as stored, so a suppressed cell has no value and is drawn as a gap with its mark, never
 * as zero. A value whose status says it is confidential is never shown, whatever is stored.
 */
@Component
class ChartPresenter {

    /** The choice of a dimension that draws one line (or bar) per code. */
    static final String EVERY = "*";

    /** The mark of a confidential figure (Eurostat's flag), in the table and under the chart's axis. */
    static final String CONFIDENTIAL = "c";

    /** The mark of a missing figure. */
    static final String MISSING = ":";

    /** The most lines one chart draws (each has a colour of its own). */
    static final int LINES = ChartDrawer.COLOURS.size();

    /** The most bars of one period. */
    static final int BARS = 40;

    /** The most periods drawn and tabled: the latest ones. */
    static final int PERIODS = 60;

    /** What may be a period (SDMX periods, checked no further: a period no figure has draws nothing). */
    static final java.util.regex.Pattern PERIOD = java.util.regex.Pattern.compile("\\d{4}(-[0-9A-Z]{1,4}){0,2}");

    /** The most codes of a dimension offered in its select. */
    static final int CODES = 400;

    /** The most codes a chart's address may name for one dimension: more is refused, not read. */
    static final int ASKED = 1_000;

    private final ReleasedData reader;
    private final StatCommonsProperties properties;

    ChartPresenter(ReleasedData reader, StatCommonsProperties properties) {
        this.reader = reader;
        this.properties = properties;
    }

    /**
     * The chart of the dataset's latest public release for these parameters, or empty when it has no data out. With
     * {@code strict}, a bad parameter is refused ({@link InvalidInputException}, naming it); otherwise the default
     * chart is drawn and the errors are in the view.
     */
    Optional<ChartView> present(
            Dataset dataset, Map<String, List<String>> parameters, Language language, boolean strict) {
        Optional<ReleasedData.Structure> released = reader.of(dataset.id());
        if (released.isEmpty()) {
            return Optional.empty();
        }
        ReleasedData.Structure data = released.get();
        List<List<String>> codes = new ArrayList<>();
        for (int i = 0; i < data.dimensions().size(); i++) {
            codes.add(reader.codes(data, i + 1, CODES));
        }
        List<InvalidInputException.FieldMessage> errors = new ArrayList<>();
        Selection selection = Selection.of(data, codes, parameters, errors);
        if (!errors.isEmpty()) {
            if (strict) {
                throw new InvalidInputException(errors);
            }
            selection = Selection.of(data, codes, Map.of(), new ArrayList<>());
        }
        return Optional.of(draw(dataset, data, codes, selection, language, errors));
    }

    private ChartView draw(
            Dataset dataset,
            ReleasedData.Structure data,
            List<List<String>> codes,
            Selection selection,
            Language language,
            List<InvalidInputException.FieldMessage> errors) {
        int status = data.attribute("OBS_STATUS");
        int confidentiality = data.attribute("CONF_STATUS");
        List<ReleasedData.Observation> points = read(data, selection.drawn());
        // the lines: each combination of the split dimensions' codes, in the order read
        Map<String, List<String>> lineKeys = new LinkedHashMap<>();
        TreeSet<String> periods = new TreeSet<>();
        Map<String, Map<String, ReleasedData.Observation>> byLine = new LinkedHashMap<>();
        for (ReleasedData.Observation p : points) {
            List<String> key = selection.split().stream().map(p.key()::get).toList();
            String name = String.join(" · ", key);
            lineKeys.putIfAbsent(name, p.key());
            byLine.computeIfAbsent(name, k -> new LinkedHashMap<>()).put(p.period(), p);
            periods.add(p.period());
        }
        List<String> allPeriods = new ArrayList<>(periods);
        List<String> shownPeriods = selection.period() != null
                ? List.of(selection.period())
                : allPeriods.subList(Math.max(0, allPeriods.size() - PERIODS), allPeriods.size());
        NumberFormat format = NumberFormat.getNumberInstance(language.locale());
        format.setMaximumFractionDigits(4);
        Function<Double, String> number = format::format;
        int measure = data.dimensions().stream().map(Column::name).toList().indexOf("MEASURE");
        boolean anyConfidential = false;
        boolean anyMissing = false;
        List<ChartView.Column> columns = new ArrayList<>();
        List<ChartDrawer.Line> lines = new ArrayList<>();
        List<List<ChartView.Cell>> cellsByLine = new ArrayList<>();
        for (var line : byLine.entrySet()) {
            List<String> key = lineKeys.get(line.getKey());
            columns.add(new ChartView.Column(
                    line.getKey().isEmpty() ? dataset.title() : line.getKey(),
                    data.unit(measure < 0 ? "" : key.get(measure))));
            List<Double> values = new ArrayList<>();
            List<Boolean> marked = new ArrayList<>();
            List<ChartView.Cell> cells = new ArrayList<>();
            for (String period : shownPeriods) {
                ReleasedData.Observation p = line.getValue().get(period);
                boolean secret = p != null && confidential(p, status, confidentiality);
                Double value = p == null || secret ? null : p.value();
                values.add(value);
                marked.add(secret);
                if (secret) {
                    anyConfidential = true;
                    cells.add(new ChartView.Cell("", CONFIDENTIAL));
                } else if (value == null) {
                    anyMissing = true;
                    cells.add(new ChartView.Cell("", MISSING));
                } else {
                    cells.add(new ChartView.Cell(number.apply(value), ""));
                }
            }
            lines.add(new ChartDrawer.Line(columns.get(columns.size() - 1).name(), values, marked));
            cellsByLine.add(cells);
        }
        List<ChartView.Row> rows = new ArrayList<>();
        for (int r = 0; r < shownPeriods.size(); r++) {
            int at = r;
            rows.add(new ChartView.Row(
                    shownPeriods.get(r),
                    cellsByLine.stream().map(c -> c.get(at)).toList()));
        }
        String held = selection.heldText(data);
        String title = Text.of("data-charts.title", dataset.title()).in(language);
        String description =
                Text.of("data-charts.description", held.isEmpty() ? "—" : held).in(language);
        String svg;
        if (selection.period() == null) {
            svg = ChartDrawer.lines(
                    title, description, shownPeriods, lines, CONFIDENTIAL, number, language.rightToLeft());
        } else {
            List<ChartDrawer.Amount> bars = new ArrayList<>();
            for (int l = 0; l < lines.size(); l++) {
                ChartView.Cell cell = cellsByLine.get(l).get(0);
                bars.add(new ChartDrawer.Amount(
                        lines.get(l).name(), lines.get(l).values().get(0), cell.mark()));
            }
            svg = ChartDrawer.amounts(title, description, bars, number, language.rightToLeft());
        }
        String caption = selection.period() == null
                ? Text.of("data-charts.caption", dataset.title(), held.isEmpty() ? "—" : held)
                        .in(language)
                : Text.of(
                                "data-charts.caption-period",
                                dataset.title(),
                                selection.period(),
                                held.isEmpty() ? "—" : held)
                        .in(language);
        List<ChartView.Option> periodOptions = new ArrayList<>();
        periodOptions.add(
                new ChartView.Option("", Text.of("data-charts.over-time").in(language), selection.period() == null));
        for (int p = allPeriods.size() - 1; p >= 0 && periodOptions.size() <= PERIODS; p--) {
            String period = allPeriods.get(p);
            periodOptions.add(new ChartView.Option(period, period, period.equals(selection.period())));
        }
        return new ChartView(
                title,
                choices(data, codes, selection, language),
                periodOptions,
                svg,
                new ChartView.Table(caption, data.time().name(), columns, rows),
                anyConfidential,
                anyMissing,
                address("/data/" + dataset.id() + "/chart", selection.query(data)),
                address("/data/" + dataset.id() + "/chart.svg", selection.query(data)),
                "<iframe src=\""
                        + ChartDrawer.escape(
                                properties.link(address("/data/" + dataset.id() + "/chart", selection.query(data))))
                        + "\" width=\"680\" height=\"560\" title=\"" + title.replace("\"", "&quot;") + "\"></iframe>",
                errors.stream().map(m -> m.text().in(language)).toList());
    }

    private static String address(String path, String query) {
        return query == null || query.isEmpty() ? path : path + "?" + query;
    }

    /**
     * The observations whose codes match (for each dimension's place given, 0 first, one of its codes), by series and
     * period. The selection bounds the codes: this reads every period of the series they select.
     */
    private List<ReleasedData.Observation> read(ReleasedData.Structure data, Map<Integer, List<String>> drawn) {
        Map<Integer, List<String>> byDimension = new LinkedHashMap<>();
        drawn.forEach((place, list) -> byDimension.put(place + 1, list));
        List<Integer> series = reader.series(data, byDimension);
        List<ReleasedData.Observation> points = new ArrayList<>();
        if (!series.isEmpty()) {
            reader.read(data, series, null, null, points::add);
        }
        return points;
    }

    /**
     * Whether a figure is confidential: stored without a value and marked so ({@code OBS_STATUS} Q, or a
     * {@code CONF_STATUS} other than free), or marked so whatever its value.
     */
    static boolean confidential(ReleasedData.Observation point, int status, int confidentiality) {
        String obs = attribute(point, status);
        String conf = attribute(point, confidentiality);
        return "Q".equalsIgnoreCase(obs) || !(conf.isEmpty() || "F".equalsIgnoreCase(conf));
    }

    private static String attribute(ReleasedData.Observation point, int place) {
        if (place < 0
                || place >= point.attributes().size()
                || point.attributes().get(place) == null) {
            return "";
        }
        return point.attributes().get(place).strip();
    }

    private static List<ChartView.DimensionChoice> choices(
            ReleasedData.Structure data, List<List<String>> codes, Selection selection, Language language) {
        List<ChartView.DimensionChoice> choices = new ArrayList<>();
        for (int i = 0; i < data.dimensions().size(); i++) {
            List<ChartView.Option> options = new ArrayList<>();
            boolean split = selection.split().contains(i);
            options.add(new ChartView.Option(
                    EVERY, Text.of("data-charts.every", LINES).in(language), split));
            for (String code : codes.get(i)) {
                options.add(new ChartView.Option(
                        code,
                        code,
                        !split && code.equals(selection.drawn().get(i).get(0))));
            }
            choices.add(new ChartView.DimensionChoice(data.dimensions().get(i).name(), options));
        }
        return choices;
    }

    /**
     * What a chart draws: for each dimension (its place) the codes read, the dimensions drawn as one line per code, and
     * the period of a bar chart (null: over time).
     */
    record Selection(Map<Integer, List<String>> drawn, List<Integer> split, String period) {

        static Selection of(
                ReleasedData.Structure data,
                List<List<String>> codes,
                Map<String, List<String>> parameters,
                List<InvalidInputException.FieldMessage> errors) {
            String period = first(parameters, "period");
            period = period == null || period.isBlank() ? null : period.strip();
            int most = period == null ? LINES : BARS;
            Map<Integer, List<String>> drawn = new LinkedHashMap<>();
            List<Integer> split = new ArrayList<>();
            boolean asked = false;
            for (int i = 0; i < data.dimensions().size(); i++) {
                String name = data.dimensions().get(i).name();
                List<String> known = codes.get(i);
                Set<String> knownSet = new HashSet<>(known);
                List<String> wanted = new ArrayList<>();
                int typedCodes = 0;
                for (String typed : values(parameters, name)) {
                    for (String code : typed.split("\\+")) {
                        if (!code.isBlank() && ++typedCodes <= ASKED) {
                            wanted.add(code.strip());
                        }
                    }
                }
                if (typedCodes > ASKED) {
                    errors.add(new InvalidInputException.FieldMessage(
                            name, Text.of("data-ingest.query.too-many-codes", ASKED, typedCodes)));
                }
                asked |= !wanted.isEmpty();
                if (wanted.contains(EVERY)) {
                    split.add(i);
                    drawn.put(i, known.subList(0, Math.min(known.size(), most)));
                    continue;
                }
                List<String> unknown =
                        wanted.stream().filter(c -> !knownSet.contains(c)).toList();
                unknown.stream()
                        .limit(5)
                        .forEach(c -> errors.add(new InvalidInputException.FieldMessage(
                                name, Text.of("data-ingest.query.unknown-code", c, name))));
                if (wanted.isEmpty() || !unknown.isEmpty() || typedCodes > ASKED) {
                    drawn.put(i, List.of(known.contains("_T") ? "_T" : known.isEmpty() ? "" : known.get(0)));
                } else {
                    if (wanted.size() > 1) {
                        split.add(i);
                    }
                    drawn.put(i, wanted.stream().distinct().limit(most).toList());
                }
            }
            if (!asked && split.isEmpty()) {
                // the default: one line per code of the first dimension that has several
                for (int i = 0; i < codes.size(); i++) {
                    if (codes.get(i).size() > 1) {
                        split.add(i);
                        drawn.put(
                                i, codes.get(i).subList(0, Math.min(codes.get(i).size(), most)));
                        break;
                    }
                }
            }
            if (split.size() > 2) {
                errors.add(new InvalidInputException.FieldMessage(
                        data.dimensions().get(split.get(2)).name(), Text.of("data-charts.two-at-most")));
            } else if (split.size() == 2) {
                // both split: the lines are their combinations, as many as one chart draws
                int firstCount = Math.max(1, Math.min(drawn.get(split.get(0)).size(), most / 2));
                int secondCount = Math.max(1, most / firstCount);
                drawn.put(split.get(0), drawn.get(split.get(0)).subList(0, firstCount));
                drawn.put(
                        split.get(1),
                        drawn.get(split.get(1))
                                .subList(
                                        0,
                                        Math.min(
                                                secondCount,
                                                drawn.get(split.get(1)).size())));
            }
            if (period != null && !PERIOD.matcher(period).matches()) {
                errors.add(new InvalidInputException.FieldMessage(
                        "period", Text.of("data-ingest.query.bad-period", period)));
            }
            return new Selection(drawn, split, period);
        }

        /** The codes held (dimensions not split), as the chart's description says them. */
        String heldText(ReleasedData.Structure data) {
            List<String> held = new ArrayList<>();
            drawn.forEach((i, list) -> {
                if (!split.contains(i) && !list.isEmpty() && !list.get(0).isEmpty()) {
                    held.add(data.dimensions().get(i).name() + " = " + list.get(0));
                }
            });
            return String.join(", ", held);
        }

        /** The selection as a query string, for the embed addresses. */
        String query(ReleasedData.Structure data) {
            UriComponentsBuilder query = UriComponentsBuilder.newInstance();
            drawn.forEach((i, list) -> query.queryParam(
                    data.dimensions().get(i).name(),
                    split.contains(i) && list.size() > 1 ? List.of(EVERY).toArray() : list.toArray()));
            if (period != null) {
                query.queryParam("period", period);
            }
            return query.encode().build().getQuery();
        }

        private static String first(Map<String, List<String>> parameters, String name) {
            List<String> list = values(parameters, name);
            return list.isEmpty() ? null : list.get(0);
        }

        private static List<String> values(Map<String, List<String>> parameters, String name) {
            for (var entry : parameters.entrySet()) {
                if (entry.getKey().equalsIgnoreCase(name) && entry.getValue() != null) {
                    return entry.getValue().stream()
                            .filter(v -> v != null)
                            .limit(1_000)
                            .toList();
                }
            }
            return List.of();
        }
    }
}
