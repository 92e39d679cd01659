package org.statcommons.surveys.results;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Actor;
import org.statcommons.insights.EvaluationPart;
import org.statcommons.insights.EvaluationSection;
import org.statcommons.insights.InsightRequest;
import org.statcommons.platform.Text;
import org.statcommons.surveys.Survey;
import org.statcommons.surveys.SurveyInvitations;
import org.statcommons.surveys.SurveyOwner;
import org.statcommons.surveys.Surveys;
import org.statcommons.surveys.Wave;
import org.statcommons.surveys.Waves;

/**
 * "What the surveys say" in the evaluation report (docs/evaluation.md#the-evaluation-report): the community's surveys
 * whose waves took answers in the period, each with its mode, those waves with their dates, submitted responses and
 * response rate, and its first wave against its latest opened one, as the comparison screen shows them by default
 * ({@link CompareWaves}, the same {@link SmallCells}): paired change per Likert item in a pseudonymous survey, the two
 * waves' means side by side otherwise. Counts go into the texts as written, so that a figure reads as on the screen;
 * only aggregates, and a withheld figure says so. The report's callers have asked the policy for the report itself.
 */
@Component
class SurveyEvaluationSection implements EvaluationSection {

    private static final String WITHHELD = "withheld";

    private final Waves waves;
    private final Surveys surveys;
    private final SurveyInvitations invitations;
    private final ReadResults results;
    private final CompareWaves compare;
    private final ReaderChecker readers;

    SurveyEvaluationSection(
            Waves waves,
            Surveys surveys,
            SurveyInvitations invitations,
            ReadResults results,
            CompareWaves compare,
            ReaderChecker readers) {
        this.readers = readers;
        this.waves = waves;
        this.surveys = surveys;
        this.invitations = invitations;
        this.results = results;
        this.compare = compare;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<EvaluationPart> part(InsightRequest request, Actor reader) {
        Map<Long, List<Wave>> ran = new LinkedHashMap<>();
        for (Wave wave : waves.ranIn(
                request.community().id(),
                request.period().from(),
                request.period().until())) {
            ran.computeIfAbsent(wave.surveyId(), k -> new ArrayList<>()).add(wave);
        }
        // the report says of a survey only what its reader may read on the survey's results screen
        ran.keySet()
                .removeIf(surveyId -> !readers.mayReadResults(reader, SurveyOwner.of(request.community()), surveyId));
        if (ran.isEmpty()) {
            return Optional.empty();
        }
        List<Text> paragraphs = new ArrayList<>();
        ran.forEach((surveyId, inPeriod) -> surveys.byId(surveyId).ifPresent(s -> say(s, inPeriod, paragraphs)));
        return Optional.of(new EvaluationPart(10, Text.of("surveys-results.report.heading"), paragraphs));
    }

    private void say(Survey survey, List<Wave> inPeriod, List<Text> paragraphs) {
        SmallCells cells = SmallCells.of(survey);
        paragraphs.add(Text.of(
                "surveys-results.report.survey",
                survey.title(),
                survey.mode().name(),
                cells.suppresses() ? cells.threshold() : 0));
        List<Wave> all = waves.of(survey.id());
        for (Wave wave : inPeriod) {
            Long respondents = results.compute(survey, all, wave, Breakdown.ALL).respondents();
            SurveyInvitations.Counts invited = invitations.count(wave.id());
            boolean rate = respondents != null && invited.invited() > 0;
            paragraphs.add(Text.of(
                    "surveys-results.report.wave",
                    wave.label(),
                    wave.state().name(),
                    day(wave.opensAt() == null ? wave.createdAt() : wave.opensAt()),
                    wave.closesAt() == null ? "open" : day(wave.closesAt()),
                    respondents == null ? WITHHELD : respondents.toString(),
                    cells.threshold(),
                    rate ? Integer.toString(invited.answered()) : "none",
                    invited.invited(),
                    rate ? Statistics.percent(invited.answered(), invited.invited()) : 0.0));
        }
        WaveComparison comparison = compare.compare(survey, null, null, Breakdown.ALL);
        if (comparison.fromWave().id() == comparison.toWave().id()) {
            return;
        }
        paragraphs.add(Text.of(
                "surveys-results.report.compared",
                comparison.fromWave().label(),
                comparison.toWave().label(),
                comparison.paired() ? "paired" : "side-by-side",
                comparison.pairs() == null ? WITHHELD : comparison.pairs().toString(),
                cells.threshold()));
        if (comparison.paired()) {
            for (WaveComparison.Change c : comparison.changes()) {
                String what = c.itemCode().isEmpty() ? c.text() : c.text() + " — " + c.itemLabel();
                paragraphs.add(Text.of(
                        "surveys-results.report.change",
                        code(c.questionCode(), c.itemCode()),
                        what,
                        shown(c.pairs()),
                        shown(c.up()),
                        shown(c.same()),
                        shown(c.down()),
                        cells.threshold()));
            }
            return;
        }
        for (WaveComparison.Side side : comparison.sides()) {
            if (!side.from().question().kind().hasScale()) {
                continue;
            }
            side(side.from(), comparison.fromWave(), cells, paragraphs);
            side(side.to(), comparison.toWave(), cells, paragraphs);
        }
    }

    /** One wave's mean of a Likert question or of each matrix item, or that it is withheld. */
    private static void side(QuestionResult result, Wave wave, SmallCells cells, List<Text> paragraphs) {
        for (QuestionResult.Part p : result.parts()) {
            String what = p.itemCode().isEmpty()
                    ? result.question().text()
                    : result.question().text() + " — " + p.itemLabel();
            String code = code(result.question().code(), p.itemCode());
            if (result.withheld() || p.withheld() || p.mean() == null) {
                paragraphs.add(Text.of(
                        "surveys-results.report.side-withheld",
                        code,
                        what,
                        wave.label(),
                        cells.threshold(),
                        p.respondents() == null ? WITHHELD : p.respondents().toString()));
            } else {
                paragraphs.add(
                        Text.of("surveys-results.report.side", code, what, wave.label(), p.mean(), p.respondents()));
            }
        }
    }

    private static String code(String question, String item) {
        return item.isEmpty() ? question : question + "." + item;
    }

    private static String shown(Long count) {
        return count == null ? WITHHELD : count.toString();
    }

    private static String day(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC).toString();
    }
}
