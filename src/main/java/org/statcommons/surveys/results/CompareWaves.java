package org.statcommons.surveys.results;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Actor;
import org.statcommons.surveys.Item;
import org.statcommons.surveys.Question;
import org.statcommons.surveys.RespondentMode;
import org.statcommons.surveys.Survey;
import org.statcommons.surveys.SurveyOwner;
import org.statcommons.surveys.Wave;
import org.statcommons.surveys.Waves;

/**
 * Baseline against endpoint (or any two waves): their results side by side, question code by question code, and in
 * a pseudonymous survey the paired change of each respondent on every Likert question and matrix item both waves
 * ask, counted by PostgreSQL from the pairs of responses with one pseudonym. The same {@link SmallCells} rule
 * withholds every count of fewer respondents than the threshold.
 */
@Service
public class CompareWaves {

    private final ReaderChecker checker;
    private final Waves waves;
    private final ReadResults results;
    private final AnswerTallies tallies;

    CompareWaves(ReaderChecker checker, Waves waves, ReadResults results, AnswerTallies tallies) {
        this.checker = checker;
        this.waves = waves;
        this.results = results;
        this.tallies = tallies;
    }

    /** Compares two waves (null: the first and the latest opened). */
    @Transactional(readOnly = true)
    public WaveComparison compare(Actor actor, SurveyOwner owner, long surveyId, Long fromId, Long toId, Breakdown by) {
        return compare(checker.results(actor, owner, surveyId), fromId, toId, by);
    }

    /** Compares two waves of a survey whose reader the caller has checked (the evaluation report's, by its own action). */
    WaveComparison compare(Survey survey, Long fromId, Long toId, Breakdown by) {
        List<Wave> all = waves.of(survey.id());
        Wave from = fromId == null ? ReadResults.first(all) : waves.inSurvey(survey, fromId);
        Wave to = toId == null ? ReadResults.latest(all) : waves.inSurvey(survey, toId);
        WaveResults before = results.compute(survey, all, from, by);
        WaveResults after = results.compute(survey, all, to, by);
        Map<String, QuestionResult> later = new HashMap<>();
        after.questions().forEach(q -> later.put(q.question().code().toLowerCase(Locale.ROOT), q));
        List<WaveComparison.Side> sides = new ArrayList<>();
        List<Question> likert = new ArrayList<>();
        for (QuestionResult q : before.questions()) {
            QuestionResult then = later.get(q.question().code().toLowerCase(Locale.ROOT));
            if (then != null) {
                sides.add(new WaveComparison.Side(q, then));
                if (q.question().kind().hasScale() && then.question().kind().hasScale()) {
                    likert.add(q.question());
                }
            }
        }
        boolean paired = survey.mode() == RespondentMode.PSEUDONYMOUS && from.id() != to.id();
        if (!paired) {
            return new WaveComparison(before, after, List.copyOf(sides), false, null, List.of());
        }
        SmallCells cells = SmallCells.of(survey);
        long pairs = tallies.pairs(from.id(), to.id(), by);
        List<WaveComparison.Change> changes = new ArrayList<>();
        Map<String, TreeMap<Integer, Long>> moved = new HashMap<>();
        if (cells.showsGroup(pairs)) {
            for (AnswerTallies.Difference d : tallies.differences(
                    from.id(), to.id(), likert.stream().map(Question::code).toList(), by)) {
                moved.computeIfAbsent(ReadResults.key(d.questionCode(), d.itemCode()), k -> new TreeMap<>())
                        .merge(d.difference(), d.count(), Long::sum);
            }
        }
        for (Question q : likert) {
            if (q.items().isEmpty()) {
                changes.add(change(q, "", "", moved, cells, pairs));
            }
            for (Item item : q.items()) {
                changes.add(change(q, item.code(), item.label(), moved, cells, pairs));
            }
        }
        return new WaveComparison(
                before, after, List.copyOf(sides), true, cells.showsGroup(pairs) ? pairs : null, List.copyOf(changes));
    }

    private static WaveComparison.Change change(
            Question q,
            String itemCode,
            String itemLabel,
            Map<String, TreeMap<Integer, Long>> moved,
            SmallCells cells,
            long allPairs) {
        TreeMap<Integer, Long> differences = moved.getOrDefault(ReadResults.key(q.code(), itemCode), new TreeMap<>());
        long pairs = differences.values().stream().mapToLong(Long::longValue).sum();
        if (!cells.showsGroup(allPairs) || !cells.showsGroup(pairs)) {
            return new WaveComparison.Change(
                    q.code(), q.text(), itemCode, itemLabel, null, null, null, null, List.of());
        }
        long up = differences.tailMap(1).values().stream()
                .mapToLong(Long::longValue)
                .sum();
        long same = differences.getOrDefault(0, 0L);
        long down = differences.headMap(0).values().stream()
                .mapToLong(Long::longValue)
                .sum();
        List<Boolean> hiddenMoves = cells.hidden(List.of(up, same, down));
        int points = q.scalePoints() == null ? 5 : q.scalePoints();
        List<Integer> steps = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        for (int d = -(points - 1); d <= points - 1; d++) {
            steps.add(d);
            counts.add(differences.getOrDefault(d, 0L));
        }
        List<Boolean> hidden = cells.hidden(counts);
        List<WaveComparison.Difference> shown = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            shown.add(new WaveComparison.Difference(steps.get(i), hidden.get(i) ? null : counts.get(i)));
        }
        return new WaveComparison.Change(
                q.code(),
                q.text(),
                itemCode,
                itemLabel,
                pairs,
                hiddenMoves.get(0) ? null : up,
                hiddenMoves.get(1) ? null : same,
                hiddenMoves.get(2) ? null : down,
                List.copyOf(shown));
    }
}
