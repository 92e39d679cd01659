package org.statcommons.support;

import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;

/**
 * Deque's axe-core rules run on the page the browser shows. WCAG 2.1 AA is the aim (issue 10); a violation axe
 * rates serious or critical fails the test, lesser ones (a best practice such as every piece of content in a
 * landmark) are left to review. The axe script comes from the test class path: nothing is downloaded.
 */
public final class Accessibility {

    private static final Set<String> FAILING = Set.of("serious", "critical");
    /** The bar, WCAG 2.1 AA: axe's rules for it only (its best-practice rules double the time of a check). */
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private Accessibility() {}

    /** The serious and critical violations on the current page, one line each: rule, help, targets. */
    public static List<String> violations(WebDriver driver) {
        AxeRunOnlyOptions only = new AxeRunOnlyOptions();
        only.setType("tag");
        only.setValues(WCAG_21_AA);
        AxeRunOptions options = new AxeRunOptions();
        options.setRunOnly(only);
        // only the violations are read: the passes and the inapplicable rules are not sent back with every node
        options.setResultTypes(List.of("violations"));
        // axe.run in the page itself; the default (axe 4.3's partial runs) opens a blank tab for each check and injects
        // axe again there, which took a third longer for the same violations (our pages have no frames)
        Results results =
                new AxeBuilder().withOptions(options).setLegacyMode(true).analyze(driver);
        if (results.isErrored()) {
            throw new AssertionError(
                    "axe could not check " + driver.getCurrentUrl() + ": " + results.getErrorMessage());
        }
        return results.getViolations().stream()
                .filter(rule -> FAILING.contains(rule.getImpact()))
                .map(rule -> describe(driver.getCurrentUrl(), rule))
                .toList();
    }

    private static String describe(String url, Rule rule) {
        String targets = rule.getNodes().stream()
                .map(CheckedNode::getTarget)
                .map(String::valueOf)
                .limit(5)
                .collect(Collectors.joining(", "));
        return url + ": " + rule.getImpact() + " " + rule.getId() + " (" + rule.getHelp() + ") at " + targets;
    }
}
