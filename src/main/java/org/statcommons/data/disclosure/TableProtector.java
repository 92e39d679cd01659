package org.statcommons.data.disclosure;

import org.springframework.stereotype.Component;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.Text;

/**
 * Disclosure control of one table, the step no release skips: primary suppression by the dataset's rules, secondary
 * suppression by the hypercube method, then a proof by {@link SuppressionChecker} that no suppressed cell can be
 * computed from the published ones. Refuses, with nothing to publish, a table whose rules would suppress every
 * non-empty cell or more than the rules' maximum share of them.
 */
@Component
public class TableProtector {

    private final PrimarySuppressor primary = new PrimarySuppressor();
    private final HypercubeSuppressor secondary = new HypercubeSuppressor();
    private final SuppressionChecker checker = new SuppressionChecker();

    public DisclosureReport protect(Table table, DisclosureRules rules) {
        SuppressionReason[] reasons = primary.find(table, rules);
        int nonEmpty = 0;
        for (int i = 0; i < table.cellCount(); i++) {
            if (table.value(i) > 0) {
                nonEmpty++;
            }
        }
        refuseIfTooMuch(reasons, nonEmpty, rules);
        secondary.suppress(table, reasons);
        refuseIfTooMuch(reasons, nonEmpty, rules);
        DisclosureReport report = new DisclosureReport(table, reasons, nonEmpty, rules.roundingBase(), "");
        SuppressionChecker.Verdict verdict = checker.check(table, report.suppressedCells());
        if (!verdict.safe()) {
            // the method guarantees a hypercube per cell: a failure here is a fault, and nothing may be released
            throw new IllegalStateException(
                    "disclosure control left " + verdict.exposed().size() + " cells computable, first "
                            + table.label(verdict.exposed().get(0)));
        }
        return new DisclosureReport(table, reasons, nonEmpty, rules.roundingBase(), verdict.method());
    }

    private static void refuseIfTooMuch(SuppressionReason[] reasons, int nonEmpty, DisclosureRules rules) {
        int suppressed = 0;
        for (SuppressionReason reason : reasons) {
            if (reason != null) {
                suppressed++;
            }
        }
        if (suppressed == 0) {
            return;
        }
        if (suppressed >= nonEmpty) {
            throw new InvalidInputException("rules", Text.of("disclosure.refused.everything", nonEmpty));
        }
        double share = (double) suppressed / nonEmpty;
        if (share > rules.maximumShare()) {
            throw new InvalidInputException(
                    "rules",
                    Text.of(
                            "disclosure.refused.share",
                            suppressed,
                            nonEmpty,
                            Math.round(100 * share),
                            Math.round(100 * rules.maximumShare())));
        }
    }
}
