package org.statcommons.data.ingest;

import java.time.Instant;
import java.util.List;
import org.statcommons.platform.Text;

/**
 * The last disclosure check of a draft release's stored data: of which upload, passed or refused (with why), and
 * its figures over every table checked (one per period and measure).
 *
 * @param refusal    why nothing may be released, when refused; null when passed
 * @param checkedBy  how the suppression was proved ("linear algebra", "lines and hypercubes"), or empty
 * @param cells      the suppressed cells, the first {@value DisclosureChecks#KEPT} of them; for record-level data, the
 *                   classes of quasi-identifier values shared by fewer than k records
 * @param records    the figures of a record-level check; null for tables
 */
public record DisclosureCheck(
        long releaseId,
        long uploadId,
        boolean passed,
        Text refusal,
        int tables,
        long nonEmpty,
        long primaries,
        long secondaries,
        String checkedBy,
        Instant checkedAt,
        List<SuppressedCell> cells,
        RecordFigures records) {

    public DisclosureCheck {
        cells = List.copyOf(cells);
    }

    /**
     * What the k-anonymity check of record-level data found: its records, the classes of their quasi-identifiers'
     * values, those below k and their records, the values suppressed per quasi-identifier (in the order of
     * {@code quasiIdentifiers}), and the direct identifiers dropped at store.
     */
    public record RecordFigures(
            long records,
            long classes,
            long rareClasses,
            int k,
            List<String> quasiIdentifiers,
            List<Long> suppressed,
            List<String> dropped) {

        public RecordFigures {
            quasiIdentifiers = List.copyOf(quasiIdentifiers);
            suppressed = List.copyOf(suppressed);
            dropped = List.copyOf(dropped);
        }

        /** Each quasi-identifier with the number of its values suppressed. */
        public java.util.Map<String, Long> suppressedByVariable() {
            java.util.Map<String, Long> by = new java.util.LinkedHashMap<>();
            for (int i = 0; i < quasiIdentifiers.size(); i++) {
                by.put(quasiIdentifiers.get(i), i < suppressed.size() ? suppressed.get(i) : 0L);
            }
            return by;
        }
    }

    /** One suppressed cell as the publisher's report shows it: where, which rule or which cell it protects. */
    public record SuppressedCell(
            String period, String measure, String label, boolean primary, String status, Text reason) {}
}
