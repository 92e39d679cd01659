package org.statcommons.surveys.results;

import java.util.List;
import org.statcommons.surveys.Wave;

/**
 * Two waves of a survey compared (docs/evaluation.md#baseline-and-endpoint): their results side by side for every
 * question code both ask, and, in a pseudonymous survey, each respondent's change between the two.
 *
 * @param pairs   respondents who submitted both waves (pseudonymous surveys), null when withheld or not paired
 * @param changes per Likert question and matrix item asked in both waves (empty when not paired)
 */
public record WaveComparison(
        WaveResults from, WaveResults to, List<Side> sides, boolean paired, Long pairs, List<Change> changes) {

    public Wave fromWave() {
        return from.wave();
    }

    public Wave toWave() {
        return to.wave();
    }

    /** One question code's results in both waves. */
    public record Side(QuestionResult from, QuestionResult to) {}

    /**
     * How many paired respondents moved up, stayed or moved down on a Likert item, and by how many points; every
     * count null when withheld (fewer than the threshold), and all of them when fewer pairs answered the item.
     */
    public record Change(
            String questionCode,
            String text,
            String itemCode,
            String itemLabel,
            Long pairs,
            Long up,
            Long same,
            Long down,
            List<Difference> differences) {

        public boolean withheld() {
            return pairs == null;
        }
    }

    /** How many moved by this many points (the later wave's point minus the earlier's). */
    public record Difference(int points, Long count) {}
}
