package org.statcommons.data.disclosure;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What disclosure control did to one table: which cells are suppressed and why, what each published cell shows
 * (rounded if the rules ask), and how the result was proved. The release publishes a suppressed cell as missing with
 * {@code OBS_STATUS} {@value ConfidentialityStatus#OBS_STATUS_SUPPRESSED} and its {@code CONF_STATUS}; its value must
 * not leave the server.
 */
public final class DisclosureReport {

    /** CL_OBS_STATUS "A": normal value. */
    public static final String OBS_STATUS_NORMAL = "A";

    private final Table table;
    private final SuppressionReason[] reasons;
    private final int primary;
    private final int secondary;
    private final int nonEmpty;
    private final int roundingBase;
    private final String checkedBy;

    DisclosureReport(Table table, SuppressionReason[] reasons, int nonEmpty, int roundingBase, String checkedBy) {
        this.table = table;
        this.reasons = reasons;
        int primaries = 0;
        int secondaries = 0;
        for (SuppressionReason reason : reasons) {
            if (reason != null) {
                if (reason.primary()) {
                    primaries++;
                } else {
                    secondaries++;
                }
            }
        }
        this.primary = primaries;
        this.secondary = secondaries;
        this.nonEmpty = nonEmpty;
        this.roundingBase = roundingBase;
        this.checkedBy = checkedBy;
    }

    public Table table() {
        return table;
    }

    public int cellCount() {
        return table.cellCount();
    }

    /** Cells with a value other than zero: those the share of suppressed cells is measured against. */
    public int nonEmptyCount() {
        return nonEmpty;
    }

    public int primaryCount() {
        return primary;
    }

    public int secondaryCount() {
        return secondary;
    }

    /** How the suppression was proved: "linear algebra" or "lines and hypercubes" ({@link SuppressionChecker}). */
    public String checkedBy() {
        return checkedBy;
    }

    public boolean suppressed(int index) {
        return reasons[index] != null;
    }

    public boolean suppressed(List<String> codes) {
        return suppressed(table.index(codes));
    }

    public Optional<SuppressionReason> reason(int index) {
        return Optional.ofNullable(reasons[index]);
    }

    /** The value to publish, rounded to the rules' base; empty for a suppressed cell. */
    public OptionalDouble published(int index) {
        if (reasons[index] != null) {
            return OptionalDouble.empty();
        }
        double value = table.value(index);
        return OptionalDouble.of(roundingBase > 1 ? Math.floor(value / roundingBase + 0.5) * roundingBase : value);
    }

    public OptionalDouble published(List<String> codes) {
        return published(table.index(codes));
    }

    /** The cell's SDMX {@code OBS_STATUS}. */
    public String observationStatus(int index) {
        return reasons[index] == null ? OBS_STATUS_NORMAL : ConfidentialityStatus.OBS_STATUS_SUPPRESSED;
    }

    /** The cell's SDMX {@code CONF_STATUS}, for a suppressed cell. */
    public Optional<ConfidentialityStatus> confidentialityStatus(int index) {
        return reason(index).map(SuppressionReason::status);
    }

    /** The suppressed cells as a set of indexes, for the checker. */
    public BitSet suppressedCells() {
        BitSet set = new BitSet(reasons.length);
        for (int i = 0; i < reasons.length; i++) {
            if (reasons[i] != null) {
                set.set(i);
            }
        }
        return set;
    }

    /** Every suppression in the table's order, for the release's report. */
    public List<Suppression> suppressions() {
        List<Suppression> list = new ArrayList<>(primary + secondary);
        for (int i = 0; i < reasons.length; i++) {
            if (reasons[i] != null) {
                list.add(new Suppression(table.codes(i), table.label(i), reasons[i]));
            }
        }
        return list;
    }

    /** One suppressed cell: its codes, its label ("Region=North, Sex=Total") and why. */
    public record Suppression(List<String> codes, String label, SuppressionReason reason) {
        public Suppression {
            codes = List.copyOf(codes);
        }

        public ConfidentialityStatus status() {
            return reason.status();
        }
    }
}
