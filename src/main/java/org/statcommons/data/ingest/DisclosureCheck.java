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
 * @param cells      the suppressed cells, the first {@value DisclosureChecks#KEPT} of them
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
        List<SuppressedCell> cells) {

    public DisclosureCheck {
        cells = List.copyOf(cells);
    }

    /** One suppressed cell as the publisher's report shows it: where, which rule or which cell it protects. */
    public record SuppressedCell(
            String period, String measure, String label, boolean primary, String status, Text reason) {}
}
