package org.statcommons.surveys.results;

import java.util.ArrayList;
import java.util.List;
import org.statcommons.surveys.RespondentMode;
import org.statcommons.surveys.Survey;

/**
 * The one place that decides whether a figure may be shown (docs/evaluation.md#small-cells): in pseudonymous and
 * anonymous surveys a breakdown of fewer respondents than the survey's threshold is withheld, in pages, charts, the
 * API and the exports alike, so that a reader cannot learn what the two people from one country answered. An
 * identified survey's readers are its owners and analysts, who may see who answered anyway: nothing is withheld there.
 *
 * @param threshold the smallest number of respondents a shown figure may rest on
 */
public record SmallCells(boolean suppresses, int threshold) {

    public static SmallCells of(Survey survey) {
        return of(survey.mode(), survey.smallCellThreshold());
    }

    static SmallCells of(RespondentMode mode, int threshold) {
        return new SmallCells(mode.suppressesSmallCells(), threshold);
    }

    /** Whether a figure resting on this many respondents may be shown (no one: nothing to tell, so shown). */
    public boolean shows(long respondents) {
        return !suppresses || respondents == 0 || respondents >= threshold;
    }

    /** Whether a group of this many respondents (a wave filtered, a question's answerers) may be shown at all. */
    public boolean showsGroup(long respondents) {
        return !suppresses || respondents >= threshold;
    }

    /**
     * Which of a breakdown's counts are withheld: each small one, and, when exactly one is, the next smallest shown
     * count too, since the breakdown's total is shown and one withheld count would be the total minus the others.
     */
    public List<Boolean> hidden(List<Long> counts) {
        List<Boolean> hidden = new ArrayList<>(counts.size());
        int withheld = 0;
        for (long count : counts) {
            boolean small = !shows(count);
            hidden.add(small);
            withheld += small ? 1 : 0;
        }
        if (withheld == 1) {
            int smallest = -1;
            for (int i = 0; i < counts.size(); i++) {
                if (!hidden.get(i) && counts.get(i) > 0 && (smallest < 0 || counts.get(i) < counts.get(smallest))) {
                    smallest = i;
                }
            }
            if (smallest >= 0) {
                hidden.set(smallest, true);
            }
        }
        return hidden;
    }
}
