package org.statcommons.surveys.results;

import java.util.List;
import org.statcommons.surveys.Question;

/**
 * One question's figures in one wave and breakdown: a part per matrix item (one part for every other kind).
 *
 * @param respondents how many answered it, or null when that is withheld (fewer than the threshold)
 */
public record QuestionResult(Question question, Long respondents, List<Part> parts) {

    public boolean withheld() {
        return respondents == null;
    }

    /**
     * The figures of a question or of one matrix item.
     *
     * @param itemCode    "" but for a matrix's item
     * @param respondents how many answered, or null when withheld: then there are no cells, mean or median
     * @param mean        of the points (Likert), the numbers (number), else null
     * @param median      likewise
     */
    public record Part(
            String itemCode,
            String itemLabel,
            Long respondents,
            List<Cell> cells,
            Double mean,
            Double median,
            java.math.BigDecimal min,
            java.math.BigDecimal max) {

        public boolean withheld() {
            return respondents == null;
        }
    }

    /**
     * How many chose an option (a point, a country); {@code count} and {@code percent} are null when withheld.
     *
     * @param percent  of the part's respondents (a multiple choice's add up to more than 100)
     * @param meanRank the option's mean rank (a ranking question), else null
     */
    public record Cell(String code, String label, Long count, Double percent, Double meanRank) {

        public boolean withheld() {
            return count == null;
        }
    }
}
