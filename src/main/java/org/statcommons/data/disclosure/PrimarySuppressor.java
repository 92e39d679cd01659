package org.statcommons.data.disclosure;

import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.Text;

/**
 * Finds the primary confidential cells of a table under the chosen rules, each with its reason. An empty cell (zero)
 * is never confidential: it tells nothing about any unit (τ-ARGUS's "zero cells are safe"), so zeros are also never
 * used to protect another cell.
 */
final class PrimarySuppressor {

    /** The reason of each primary cell by index, {@code null} for a cell the rules let through. */
    SuppressionReason[] find(Table table, DisclosureRules rules) {
        boolean magnitude = table.kind() == TableKind.MAGNITUDE;
        if (!magnitude && rules.needsLargest()) {
            throw new InvalidInputException("rules", Text.of("disclosure.rules.magnitude-only"));
        }
        SuppressionReason[] reasons = new SuppressionReason[table.cellCount()];
        for (int index = 0; index < reasons.length; index++) {
            double value = table.value(index);
            if (value <= 0) {
                continue;
            }
            reasons[index] = reason(table, rules, index, value);
        }
        return reasons;
    }

    private static SuppressionReason reason(Table table, DisclosureRules rules, int index, double value) {
        if (rules.minimumFrequency() > 0) {
            int units = table.contributors(index);
            if (units < 0) {
                throw new InvalidInputException(
                        "cells", Text.of("disclosure.input.no-contributors", table.label(index)));
            }
            if (units < rules.minimumFrequency()) {
                return new SuppressionReason.BelowThreshold(units, rules.minimumFrequency());
            }
        }
        if (!rules.needsLargest()) {
            return null;
        }
        double first = table.largestAt(index, 0);
        if (first <= 0) {
            throw new InvalidInputException("cells", Text.of("disclosure.input.no-largest", table.label(index)));
        }
        if (rules.dominanceUnits() > 0) {
            double top = 0;
            for (int rank = 0; rank < rules.dominanceUnits(); rank++) {
                top += table.largestAt(index, rank);
            }
            double share = 100 * Math.min(top, value) / value;
            if (share > rules.dominancePercent()) {
                return new SuppressionReason.Dominance(rules.dominanceUnits(), rules.dominancePercent(), share);
            }
        }
        if (rules.pPercent() > 0) {
            double remainder = Math.max(0, value - first - table.largestAt(index, 1));
            if (remainder < rules.pPercent() / 100 * first) {
                return new SuppressionReason.PPercent(rules.pPercent(), 100 * remainder / first);
            }
        }
        return null;
    }
}
