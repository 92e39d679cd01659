package org.statcommons.surveys.results;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Actor;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;
import org.statcommons.surveys.Item;
import org.statcommons.surveys.Option;
import org.statcommons.surveys.Question;
import org.statcommons.surveys.QuestionKind;
import org.statcommons.surveys.Questionnaire;
import org.statcommons.surveys.Questionnaires;
import org.statcommons.surveys.Survey;
import org.statcommons.surveys.SurveyOwner;
import org.statcommons.surveys.Wave;
import org.statcommons.surveys.WaveState;
import org.statcommons.surveys.Waves;

/**
 * A wave's results per question for one breakdown (docs/evaluation.md#results): counts and shares of each option,
 * point or country, means and medians of Likert points and numbers, mean ranks; every figure passed through
 * {@link SmallCells} before it leaves, so pages, charts and the API show the same withheld cells.
 */
@Service
public class ReadResults {

    private final ReaderChecker checker;
    private final Waves waves;
    private final Questionnaires questionnaires;
    private final AnswerTallies tallies;
    private final TallyKeeper keeper;

    ReadResults(
            ReaderChecker checker,
            Waves waves,
            Questionnaires questionnaires,
            AnswerTallies tallies,
            TallyKeeper keeper) {
        this.checker = checker;
        this.waves = waves;
        this.questionnaires = questionnaires;
        this.tallies = tallies;
        this.keeper = keeper;
    }

    /** The results of a wave (null: the latest wave that was opened, else the first). */
    @Transactional(readOnly = true)
    public WaveResults read(Actor actor, SurveyOwner owner, long surveyId, Long waveId, Breakdown by) {
        Survey survey = checker.results(actor, owner, surveyId);
        List<Wave> all = waves.of(survey.id());
        Wave wave = waveId == null ? latest(all) : waves.inSurvey(survey, waveId);
        return compute(survey, all, wave, by);
    }

    static Wave latest(List<Wave> waves) {
        Wave latest = first(waves);
        for (Wave w : waves) {
            if (w.state() != WaveState.DRAFT) {
                latest = w;
            }
        }
        return latest;
    }

    /** The first wave; a survey always has one, but a missing one is "not found" rather than a failure. */
    static Wave first(List<Wave> waves) {
        if (waves.isEmpty()) {
            throw new NotFoundException(Text.of("surveys.wave.none"));
        }
        return waves.get(0);
    }

    WaveResults compute(Survey survey, List<Wave> all, Wave wave, Breakdown by) {
        SmallCells cells = SmallCells.of(survey);
        Questionnaire questionnaire = questionnaires.of(survey, wave);
        // a response gives one row per question (per item of a matrix) but for multiple choices and rankings: their
        // respondents are counted apart, everyone else's are the sum of the tallies (one scan of the answers fewer)
        List<String> severalRows = questionnaire
                .questions()
                .filter(q -> q.kind() == QuestionKind.MULTIPLE_CHOICE || q.kind() == QuestionKind.RANKING)
                .map(q -> q.code().toLowerCase(Locale.ROOT))
                .toList();
        List<String> numberCodes = questionnaire
                .questions()
                .filter(q -> q.kind() == QuestionKind.NUMBER)
                .map(Question::code)
                .toList();
        // only the database's counts are kept: the questionnaire and the small cells apply afresh on every view
        TallyKeeper.Counted counted = keeper.get(
                new TallyKeeper.Key(wave.id(), by, severalRows, numberCodes),
                () -> count(wave, by, severalRows, numberCodes));
        Map<String, Long> countries = shown(counted.countries(), cells);
        Map<String, Long> kinds = shown(counted.kinds(), cells);
        long respondents = counted.respondents();
        if (!cells.showsGroup(respondents)) {
            List<QuestionResult> none = questionnaire
                    .questions()
                    .map(q -> new QuestionResult(q, null, List.of()))
                    .toList();
            return new WaveResults(
                    survey, all, wave, questionnaire.sections(), by, cells, null, none, countries, kinds);
        }
        Map<String, List<AnswerTallies.Tally>> tallied = new HashMap<>();
        for (AnswerTallies.Tally t : counted.tallies()) {
            tallied.computeIfAbsent(key(t.questionCode(), t.itemCode()), k -> new ArrayList<>())
                    .add(t);
        }
        Map<String, Long> answered = new HashMap<>();
        tallied.forEach((k, rows) -> {
            if (!severalRows.contains(k.substring(0, k.indexOf('\u0000')))) {
                answered.put(
                        k, rows.stream().mapToLong(AnswerTallies.Tally::count).sum());
            }
        });
        for (AnswerTallies.Answered a : counted.answered()) {
            answered.put(key(a.questionCode(), a.itemCode()), a.respondents());
        }
        Map<String, AnswerTallies.NumberFigures> numbers = new HashMap<>();
        for (AnswerTallies.NumberFigures f : counted.numbers()) {
            numbers.put(key(f.questionCode(), ""), f);
        }
        List<QuestionResult> results = questionnaire
                .questions()
                .map(q -> result(q, cells, tallied, answered, numbers))
                .toList();
        return new WaveResults(
                survey, all, wave, questionnaire.sections(), by, cells, respondents, results, countries, kinds);
    }

    /**
     * Counts what the results need from the database, figures of a group too small to show included: the threshold
     * is applied afterwards, on every view, so that a changed one shows at once.
     */
    private TallyKeeper.Counted count(Wave wave, Breakdown by, List<String> severalRows, List<String> numberCodes) {
        Map<String, Long> countries = tallies.groups(wave.id(), AnswerTallies.Group.COUNTRY);
        Map<String, Long> kinds = tallies.groups(wave.id(), AnswerTallies.Group.ORGANISATION_KIND);
        long respondents = tallies.respondents(wave.id(), by);
        return new TallyKeeper.Counted(
                countries,
                kinds,
                respondents,
                tallies.tallies(wave.id(), by),
                tallies.answered(wave.id(), severalRows, by),
                tallies.numbers(wave.id(), numberCodes, by));
    }

    private static QuestionResult result(
            Question q,
            SmallCells cells,
            Map<String, List<AnswerTallies.Tally>> tallied,
            Map<String, Long> answered,
            Map<String, AnswerTallies.NumberFigures> numbers) {
        List<QuestionResult.Part> parts = new ArrayList<>();
        if (q.kind() == QuestionKind.LIKERT_MATRIX) {
            List<String> seen = new ArrayList<>();
            for (Item item : q.items()) {
                seen.add(item.code().toLowerCase(Locale.ROOT));
                parts.add(part(q, item.code(), item.label(), cells, tallied, answered, numbers));
            }
            // answers to an item no longer in the question (removed for good) still count, under their code
            tallied.keySet().stream()
                    .filter(k -> k.startsWith(q.code().toLowerCase(Locale.ROOT) + "\u0000"))
                    .map(k -> k.substring(k.indexOf('\u0000') + 1))
                    .filter(item -> !item.isEmpty() && !seen.contains(item))
                    .sorted()
                    .forEach(item -> parts.add(part(q, item, item, cells, tallied, answered, numbers)));
        } else {
            parts.add(part(q, "", "", cells, tallied, answered, numbers));
        }
        long respondents = q.kind() == QuestionKind.LIKERT_MATRIX
                ? parts.stream()
                        .mapToLong(p -> answered.getOrDefault(key(q.code(), p.itemCode()), 0L))
                        .max()
                        .orElse(0)
                : answered.getOrDefault(key(q.code(), ""), 0L);
        if (!cells.shows(respondents)) {
            return new QuestionResult(q, null, parts);
        }
        return new QuestionResult(q, respondents, parts);
    }

    private static QuestionResult.Part part(
            Question q,
            String itemCode,
            String itemLabel,
            SmallCells cells,
            Map<String, List<AnswerTallies.Tally>> tallied,
            Map<String, Long> answered,
            Map<String, AnswerTallies.NumberFigures> numbers) {
        long respondents = answered.getOrDefault(key(q.code(), itemCode), 0L);
        if (!cells.shows(respondents)) {
            return new QuestionResult.Part(itemCode, itemLabel, null, List.of(), null, null, null, null);
        }
        List<AnswerTallies.Tally> rows = tallied.getOrDefault(key(q.code(), itemCode), List.of());
        if (q.kind() == QuestionKind.NUMBER) {
            AnswerTallies.NumberFigures f = numbers.get(key(q.code(), ""));
            if (f == null) {
                return new QuestionResult.Part(itemCode, itemLabel, respondents, List.of(), null, null, null, null);
            }
            // the smallest and largest are one person's answers each: never shown where small cells are withheld
            return new QuestionResult.Part(
                    itemCode,
                    itemLabel,
                    respondents,
                    List.of(),
                    f.mean(),
                    f.median(),
                    cells.suppresses() ? null : f.min(),
                    cells.suppresses() ? null : f.max());
        }
        if (!q.kind().hasOptions() && q.kind() != QuestionKind.COUNTRY) {
            return new QuestionResult.Part(itemCode, itemLabel, respondents, List.of(), null, null, null, null);
        }
        Map<String, AnswerTallies.Tally> byOption = new LinkedHashMap<>();
        for (AnswerTallies.Tally t : rows) {
            byOption.put(t.optionCode().toLowerCase(Locale.ROOT), t);
        }
        List<String> codes = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        if (q.kind() == QuestionKind.COUNTRY) {
            rows.stream()
                    .sorted((a, b) -> a.count() != b.count()
                            ? Long.compare(b.count(), a.count())
                            : a.optionCode().compareTo(b.optionCode()))
                    .forEach(t -> {
                        codes.add(t.optionCode());
                        labels.add(null);
                    });
        } else {
            List<String> known = new ArrayList<>();
            for (Option o : q.options()) {
                known.add(o.code().toLowerCase(Locale.ROOT));
                codes.add(o.code());
                labels.add(o.label());
            }
            for (AnswerTallies.Tally t : rows) {
                if (!known.contains(t.optionCode().toLowerCase(Locale.ROOT))) {
                    codes.add(t.optionCode());
                    labels.add(t.optionCode());
                }
            }
        }
        List<Long> counts = new ArrayList<>();
        for (String code : codes) {
            AnswerTallies.Tally t = byOption.get(code.toLowerCase(Locale.ROOT));
            counts.add(t == null ? 0L : t.count());
        }
        List<Boolean> hidden = cells.hidden(counts);
        List<QuestionResult.Cell> shown = new ArrayList<>();
        Map<Integer, Long> points = new HashMap<>();
        for (int i = 0; i < codes.size(); i++) {
            long count = counts.get(i);
            AnswerTallies.Tally t = byOption.get(codes.get(i).toLowerCase(Locale.ROOT));
            Double meanRank = q.kind() == QuestionKind.RANKING && t != null && t.sum() != null && count > 0
                    ? t.sum().doubleValue() / count
                    : null;
            if (hidden.get(i)) {
                shown.add(new QuestionResult.Cell(codes.get(i), labels.get(i), null, null, null));
            } else {
                shown.add(new QuestionResult.Cell(
                        codes.get(i), labels.get(i), count, Statistics.percent(count, respondents), meanRank));
            }
            if (q.kind().hasScale()) {
                try {
                    points.merge(Integer.parseInt(codes.get(i)), count, Long::sum);
                } catch (NumberFormatException notAPoint) {
                    // a scale's points are "1" to "7"; anything else is not on the scale
                }
            }
        }
        Double mean = q.kind().hasScale() ? Statistics.mean(points) : null;
        Double median = q.kind().hasScale() ? Statistics.median(points) : null;
        return new QuestionResult.Part(itemCode, itemLabel, respondents, List.copyOf(shown), mean, median, null, null);
    }

    private static Map<String, Long> shown(Map<String, Long> groups, SmallCells cells) {
        Map<String, Long> shown = new LinkedHashMap<>();
        groups.forEach((group, n) -> {
            if (cells.showsGroup(n)) {
                shown.put(group, n);
            }
        });
        return shown;
    }

    static String key(String questionCode, String itemCode) {
        return questionCode.toLowerCase(Locale.ROOT) + "\u0000" + itemCode.toLowerCase(Locale.ROOT);
    }
}
