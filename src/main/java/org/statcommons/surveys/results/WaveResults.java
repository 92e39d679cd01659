package org.statcommons.surveys.results;

import java.util.List;
import java.util.Map;
import org.statcommons.surveys.Section;
import org.statcommons.surveys.Survey;
import org.statcommons.surveys.Wave;

/**
 * A wave's results for one breakdown.
 *
 * @param sections    the wave's sections (the screen shows one at a time)
 * @param respondents submitted responses in the breakdown, or null when fewer than the threshold: then every
 *                    question is withheld too
 * @param countries   the countries a reader may filter by, with their respondents (only groups large enough to show)
 * @param kinds       likewise, the kinds of organisation
 */
public record WaveResults(
        Survey survey,
        List<Wave> waves,
        Wave wave,
        List<Section> sections,
        Breakdown breakdown,
        SmallCells smallCells,
        Long respondents,
        List<QuestionResult> questions,
        Map<String, Long> countries,
        Map<String, Long> kinds) {

    public boolean withheld() {
        return respondents == null;
    }
}
