package org.statcommons.data.ingest;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.statcommons.data.ChecklistScorer;
import org.statcommons.data.Releases;
import org.statcommons.data.disclosure.Cell;
import org.statcommons.data.disclosure.Dimension;
import org.statcommons.data.disclosure.DisclosureReport;
import org.statcommons.data.disclosure.DisclosureRules;
import org.statcommons.data.disclosure.KAnonymityRules;
import org.statcommons.data.disclosure.Table;
import org.statcommons.data.disclosure.TableKind;
import org.statcommons.data.disclosure.TableProtector;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.Text;

/**
 * Runs disclosure control on a draft release's stored data, from its original values: one table per period (and per
 * measure) over the other dimensions, with totals by the code {@value #TOTAL} where the data gives them (computed
 * otherwise). The partition then holds only what may be published, the check and its report are kept, and the draft
 * is marked as having passed, or not. A refusal (rules that would suppress everything, more than three dimensions, a
 * magnitude rule without contributions) is kept with its message and publishes nothing; the caller decides whether it
 * is an error ({@link #protectOrRefuse}) or a report to show ({@link #protect}).
 */
@Component
class ReleaseProtector {

    /** The code of a total in the SDMX code lists ({@code _T}). */
    static final String TOTAL = "_T";

    /** The one code of the dimension a table without dimensions gets: its single cell and its total. */
    private static final String ALL = "ALL";

    private final Observations observations;
    private final Records records;
    private final Uploads uploads;
    private final DisclosureRuleSets ruleSets;
    private final DisclosureChecks checks;
    private final TableProtector protector;
    private final Releases releases;
    private final ChecklistScorer checklist;
    private final Clock clock;

    ReleaseProtector(
            Observations observations,
            Records records,
            Uploads uploads,
            DisclosureRuleSets ruleSets,
            DisclosureChecks checks,
            TableProtector protector,
            Releases releases,
            ChecklistScorer checklist,
            Clock clock) {
        this.observations = observations;
        this.records = records;
        this.uploads = uploads;
        this.ruleSets = ruleSets;
        this.checks = checks;
        this.protector = protector;
        this.releases = releases;
        this.checklist = checklist;
        this.clock = clock;
    }

    /** Checks the draft with the dataset's rules; a refusal is kept and shown, and the draft is not marked. */
    DisclosureCheck protect(long datasetId, long releaseId, long uploadId) {
        DisclosureCheck check;
        try {
            check = run(releaseId, uploadId, ruleSets.of(datasetId), ruleSets.kAnonymity(datasetId));
        } catch (InvalidInputException refused) {
            check = new DisclosureCheck(
                    releaseId,
                    uploadId,
                    false,
                    refused.errors().get(0).text() == null
                            ? Text.of("data-release.refused", refused.getMessage())
                            : refused.errors().get(0).text(),
                    0,
                    0,
                    0,
                    0,
                    "",
                    clock.instant(),
                    List.of(),
                    null);
            if (!Records.recordLevel(observations.components(releaseId))) {
                observations.keepAsUploaded(releaseId); // the data team still sees what it uploaded
            }
        }
        checks.save(check);
        releases.markDisclosurePassed(releaseId, check.passed());
        checklist.rescore(datasetId);
        return check;
    }

    /** Checks the draft with these rules; a refusal is thrown (the caller's transaction then changes nothing). */
    DisclosureCheck protectOrRefuse(
            long datasetId, long releaseId, long uploadId, DisclosureRules rules, KAnonymityRules kAnonymity) {
        DisclosureCheck check = run(releaseId, uploadId, rules, kAnonymity);
        checks.save(check);
        releases.markDisclosurePassed(releaseId, true);
        checklist.rescore(datasetId);
        return check;
    }

    private DisclosureCheck run(long releaseId, long uploadId, DisclosureRules rules, KAnonymityRules kAnonymity) {
        List<Column> components = observations.components(releaseId);
        if (Records.recordLevel(components)) {
            return runRecords(releaseId, uploadId, kAnonymity, components);
        }
        Observations.Layout layout = Observations.Layout.of(components);
        List<String> names = layout.dimensions().stream().map(Column::name).toList();
        int measureAt = layout.measures().size() > 1 ? names.indexOf(Observations.MEASURE) : -1;
        List<String> tableNames = new ArrayList<>(names);
        if (measureAt >= 0) {
            tableNames.remove(measureAt);
        }
        if (tableNames.size() > 3) {
            throw new InvalidInputException(
                    "rules",
                    Text.of("data-release.too-many-dimensions", tableNames.size(), String.join(", ", tableNames)));
        }
        boolean anyRule = rules.minimumFrequency() > 0 || rules.dominanceUnits() > 0 || rules.pPercent() > 0;
        Tally tally = new Tally();
        if (anyRule) {
            // a scan of every original cell when none has contributions: not made when no rule would read it
            TableKind kind = observations.hasContributions(releaseId) ? TableKind.MAGNITUDE : TableKind.FREQUENCY;
            Map<String, List<Observations.Original>> group = new LinkedHashMap<>();
            String[] period = {null};
            observations.readOriginals(releaseId, original -> {
                if (!original.period().equals(period[0])) {
                    protectPeriod(period[0], group, tableNames, measureAt, kind, rules, tally);
                    group.clear();
                    period[0] = original.period();
                }
                String measure = measureAt >= 0 ? original.key().get(measureAt) : "";
                group.computeIfAbsent(measure, m -> new ArrayList<>()).add(original);
            });
            protectPeriod(period[0], group, tableNames, measureAt, kind, rules, tally);
        }
        observations.publish(releaseId, tally.suppressed, rules.roundingBase());
        return new DisclosureCheck(
                releaseId,
                uploadId,
                true,
                null,
                tally.tables,
                tally.nonEmpty,
                tally.primaries,
                tally.secondaries,
                tally.checkedBy,
                clock.instant(),
                tally.cells,
                null);
    }

    /**
     * k-anonymity of record-level data on the chosen quasi-identifiers: the classes of their values are counted in
     * PostgreSQL, then the records of classes below k get their quasi-identifiers suppressed, the one with most
     * distinct values first (it splits the records most), or the check refuses when the publisher chose so.
     */
    private DisclosureCheck runRecords(long releaseId, long uploadId, KAnonymityRules rules, List<Column> components) {
        List<String> variables = components.stream().map(Column::name).toList();
        if (rules.quasiIdentifiers().isEmpty()) {
            throw new InvalidInputException(
                    "quasiIdentifiers",
                    Text.of("data-release.records.no-quasi-identifier", String.join(", ", variables)));
        }
        List<Integer> places = new ArrayList<>();
        for (String name : rules.quasiIdentifiers()) {
            int at = variables.indexOf(name);
            if (at < 0) {
                throw new InvalidInputException(
                        "quasiIdentifiers",
                        Text.of("data-release.records.unknown-quasi-identifier", name, String.join(", ", variables)));
            }
            if (components.get(at).role() == Role.MEASURE) {
                throw new InvalidInputException(
                        "quasiIdentifiers", Text.of("data-release.records.measure-quasi-identifier", name));
            }
            places.add(at + 1);
        }
        int k = rules.k();
        Records.Classes classes = records.count(releaseId, places, k);
        if (rules.refuse() && classes.rareClasses() > 0) {
            throw new InvalidInputException(
                    "kAnonymity", Text.of("data-release.records.refused", classes.atRisk(), classes.rareClasses(), k));
        }
        List<Long> suppressed = new ArrayList<>(places.stream().map(p -> 0L).toList());
        if (classes.rareClasses() == 0) {
            records.publishAsUploaded(releaseId);
        } else {
            List<Long> distinct = records.distinct(releaseId, places);
            List<Integer> order = new ArrayList<>(places);
            // most distinct values first; the publisher's order breaks ties, so the choice is always the same
            order.sort(java.util.Comparator.comparingLong((Integer p) -> -distinct.get(places.indexOf(p))));
            List<Long> counts = records.suppress(releaseId, variables.size(), order, k);
            for (int i = 0; i < order.size(); i++) {
                suppressed.set(places.indexOf(order.get(i)), counts.get(i));
            }
        }
        List<DisclosureCheck.SuppressedCell> cells = new ArrayList<>();
        for (Records.RareClass rare : records.rare(releaseId, places, k, DisclosureChecks.KEPT)) {
            List<String> label = new ArrayList<>();
            for (int i = 0; i < places.size(); i++) {
                label.add(rules.quasiIdentifiers().get(i) + "=" + rare.values().get(i));
            }
            cells.add(new DisclosureCheck.SuppressedCell(
                    "", "", String.join(", ", label), true, "", Text.of("data-release.records.rare", rare.count(), k)));
        }
        List<String> dropped = uploads.structure(uploadId).stream()
                .filter(c -> c.role() == Role.DIRECT_IDENTIFIER)
                .map(Column::name)
                .toList();
        return new DisclosureCheck(
                releaseId,
                uploadId,
                true,
                null,
                0,
                classes.records(),
                classes.atRisk(),
                0,
                "",
                clock.instant(),
                cells,
                new DisclosureCheck.RecordFigures(
                        classes.records(),
                        classes.classes(),
                        classes.rareClasses(),
                        k,
                        rules.quasiIdentifiers(),
                        suppressed,
                        dropped));
    }

    /** What the tables of a release came to. */
    private static final class Tally {
        final List<Observations.Suppressed> suppressed = new ArrayList<>();
        final List<DisclosureCheck.SuppressedCell> cells = new ArrayList<>();
        int tables;
        long nonEmpty;
        long primaries;
        long secondaries;
        String checkedBy = "";
    }

    private void protectPeriod(
            String period,
            Map<String, List<Observations.Original>> byMeasure,
            List<String> tableNames,
            int measureAt,
            TableKind kind,
            DisclosureRules rules,
            Tally tally) {
        for (var entry : byMeasure.entrySet()) {
            List<Observations.Original> originals = entry.getValue();
            List<Set<String>> codes = new ArrayList<>();
            tableNames.forEach(n -> codes.add(new LinkedHashSet<>()));
            Map<List<String>, Integer> seriesOf = new HashMap<>();
            List<Cell> cells = new ArrayList<>();
            for (Observations.Original original : originals) {
                if (original.value() == null) {
                    continue;
                }
                List<String> cellCodes = cellCodes(original.key(), measureAt);
                for (int d = 0; d < cellCodes.size(); d++) {
                    if (!cellCodes.get(d).equals(TOTAL) && !cellCodes.get(d).equals(ALL)) {
                        codes.get(d).add(cellCodes.get(d));
                    }
                }
                seriesOf.put(cellCodes, original.series());
                cells.add(new Cell(
                        cellCodes,
                        original.value(),
                        original.contributors() == null ? -1 : original.contributors(),
                        original.largest()));
            }
            if (cells.isEmpty()) {
                continue;
            }
            List<Dimension> dimensions = new ArrayList<>();
            for (int d = 0; d < tableNames.size(); d++) {
                dimensions.add(new Dimension(tableNames.get(d), List.copyOf(codes.get(d)), TOTAL));
            }
            if (dimensions.isEmpty()) {
                dimensions.add(new Dimension("", List.of(ALL), TOTAL));
            }
            Table table = Table.from(kind, dimensions, cells.stream());
            DisclosureReport report = protector.protect(table, rules);
            tally.tables++;
            tally.nonEmpty += report.nonEmptyCount();
            tally.primaries += report.primaryCount();
            tally.secondaries += report.secondaryCount();
            tally.checkedBy = report.checkedBy();
            for (DisclosureReport.Suppression suppression : report.suppressions()) {
                Integer series = seriesOf.get(suppression.codes());
                if (series != null) {
                    tally.suppressed.add(new Observations.Suppressed(
                            series, period, suppression.status().code()));
                }
                if (tally.cells.size() < DisclosureChecks.KEPT) {
                    tally.cells.add(new DisclosureCheck.SuppressedCell(
                            period,
                            entry.getKey(),
                            suppression.label(),
                            suppression.reason().primary(),
                            suppression.status().code(),
                            suppression.reason().text()));
                }
            }
        }
    }

    /** The cell's codes in the table: the series key without the measure, or the one code of a table without any. */
    private static List<String> cellCodes(List<String> key, int measureAt) {
        List<String> codes = new ArrayList<>(key);
        if (measureAt >= 0) {
            codes.remove(measureAt);
        }
        return codes.isEmpty() ? List.of(ALL) : codes;
    }
}
