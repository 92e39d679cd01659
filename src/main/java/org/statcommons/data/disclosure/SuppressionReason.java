package org.statcommons.data.disclosure;

import java.util.List;
import org.statcommons.platform.Text;

/** Why one cell is suppressed: a primary rule with its figures, or the primary cell it protects. */
public sealed interface SuppressionReason {

    ConfidentialityStatus status();

    /** The reason in the bundles' words, for the release's report. */
    Text text();

    default boolean primary() {
        return !(this instanceof Secondary);
    }

    /** The cell counts fewer units (or contributors) than the threshold. */
    record BelowThreshold(int units, int threshold) implements SuppressionReason {
        @Override
        public ConfidentialityStatus status() {
            return ConfidentialityStatus.SMALL_COUNTS;
        }

        @Override
        public Text text() {
            return Text.of("disclosure.reason.frequency", units, threshold);
        }
    }

    /** The n largest contributions make more than k% of the cell. */
    record Dominance(int n, double percent, double share) implements SuppressionReason {
        @Override
        public ConfidentialityStatus status() {
            return n == 1
                    ? ConfidentialityStatus.DOMINANCE_BY_ONE
                    : n == 2 ? ConfidentialityStatus.DOMINANCE_BY_TWO : ConfidentialityStatus.CONFIDENTIAL;
        }

        @Override
        public Text text() {
            return Text.of("disclosure.reason.dominance", n, rounded(share), rounded(percent));
        }
    }

    /** The cell less its two largest contributions is less than p% of the largest. */
    record PPercent(double p, double remainderPercent) implements SuppressionReason {
        @Override
        public ConfidentialityStatus status() {
            return ConfidentialityStatus.DOMINANCE_BY_ONE_OR_TWO;
        }

        @Override
        public Text text() {
            return Text.of("disclosure.reason.p-percent", rounded(remainderPercent), rounded(p));
        }
    }

    /** Suppressed so that the primary cell with these codes cannot be computed from the published totals. */
    record Secondary(List<String> protecting, String protectingLabel) implements SuppressionReason {
        public Secondary {
            protecting = List.copyOf(protecting);
        }

        @Override
        public ConfidentialityStatus status() {
            return ConfidentialityStatus.SECONDARY;
        }

        @Override
        public Text text() {
            return Text.of("disclosure.reason.secondary", protectingLabel);
        }
    }

    private static String rounded(double percent) {
        return String.format(java.util.Locale.ROOT, "%.1f", percent);
    }
}
