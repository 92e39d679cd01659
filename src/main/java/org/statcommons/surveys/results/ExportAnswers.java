package org.statcommons.surveys.results;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Actor;
import org.statcommons.surveys.Questionnaire;
import org.statcommons.surveys.Questionnaires;
import org.statcommons.surveys.Survey;
import org.statcommons.surveys.SurveyOwner;
import org.statcommons.surveys.Wave;
import org.statcommons.surveys.Waves;

/**
 * Gets a survey's exports ready (docs/evaluation.md#exports): the permission asked first (the raw answers, long and
 * wide, are its owners' and the secretariat's, {@code VIEW_SURVEY_RESPONSES}; the codebook is every results reader's),
 * then what the writer needs besides the rows it streams: the waves, their questionnaires, and the countries and
 * kinds of organisation that may be named, since in pseudonymous and anonymous surveys a group of fewer respondents
 * than the threshold is withheld from every row too ({@link SmallCells}).
 */
@Service
public class ExportAnswers {

    /** What an export is. */
    public enum Format {
        /** One row per answer. */
        LONG,
        /** One row per response, a column per question (per option or item where there are several). */
        WIDE,
        /** The questions, items and options with their codes and texts. */
        CODEBOOK
    }

    /**
     * An export ready to be written.
     *
     * @param waves     the waves it covers, with their questionnaires
     * @param countries per wave (same order), the countries that may be named in its rows
     * @param kinds     likewise, the kinds of organisation
     */
    public record Export(
            Survey survey,
            Format format,
            List<Questionnaire> waves,
            List<Set<String>> countries,
            List<Set<String>> kinds) {

        public String fileName() {
            String wave = waves.size() == 1 ? "-wave-" + waves.get(0).wave().position() : "";
            return "survey-" + survey.id() + wave + "-" + format.name().toLowerCase(java.util.Locale.ROOT) + ".csv";
        }
    }

    private final ReaderChecker checker;
    private final Waves waves;
    private final Questionnaires questionnaires;
    private final AnswerTallies tallies;

    ExportAnswers(ReaderChecker checker, Waves waves, Questionnaires questionnaires, AnswerTallies tallies) {
        this.checker = checker;
        this.waves = waves;
        this.questionnaires = questionnaires;
        this.tallies = tallies;
    }

    /**
     * An export of one wave, or of every wave (null) for the long rows and the codebook; the wide rows are one
     * wave's (null: the latest opened).
     */
    @Transactional(readOnly = true)
    public Export prepare(Actor actor, SurveyOwner owner, long surveyId, Long waveId, Format format) {
        Survey survey = format == Format.CODEBOOK
                ? checker.results(actor, owner, surveyId)
                : checker.responses(actor, owner, surveyId);
        List<Wave> all = waves.of(survey.id());
        List<Wave> chosen = waveId != null
                ? List.of(waves.inSurvey(survey, waveId))
                : format == Format.WIDE ? List.of(ReadResults.latest(all)) : all;
        SmallCells cells = SmallCells.of(survey);
        List<Questionnaire> read = new ArrayList<>();
        List<Set<String>> countries = new ArrayList<>();
        List<Set<String>> kinds = new ArrayList<>();
        for (Wave wave : chosen) {
            read.add(questionnaires.of(survey, wave));
            countries.add(named(tallies.groups(wave.id(), AnswerTallies.Group.COUNTRY), cells));
            kinds.add(named(tallies.groups(wave.id(), AnswerTallies.Group.ORGANISATION_KIND), cells));
        }
        return new Export(survey, format, List.copyOf(read), List.copyOf(countries), List.copyOf(kinds));
    }

    private static Set<String> named(java.util.Map<String, Long> groups, SmallCells cells) {
        Set<String> named = new HashSet<>();
        groups.forEach((group, n) -> {
            if (cells.showsGroup(n)) {
                named.add(group);
            }
        });
        return named;
    }
}
