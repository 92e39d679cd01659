package org.statcommons.surveys.results;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.community.Permitted;
import org.statcommons.surveys.SurveyOwner;

/**
 * A survey's results over JSON (docs/api.md#survey-results): a wave's figures per question, and two waves compared
 * (paired change in pseudonymous surveys). The same figures as the screens, withheld where they are: a withheld
 * count is null and says so ({@code withheld: true}). Raw answers are only in the CSV exports.
 */
@RestController
class SurveyResultsApi {

    record WaveJson(long id, int position, String label, String state) {}

    record CellJson(String code, String label, Long count, Double percent, Double meanRank, boolean withheld) {}

    record PartJson(
            String item,
            String itemLabel,
            Long respondents,
            boolean withheld,
            List<CellJson> answers,
            Double mean,
            Double median,
            BigDecimal min,
            BigDecimal max) {}

    record QuestionJson(
            String code,
            String kind,
            String text,
            boolean removed,
            Long respondents,
            boolean withheld,
            List<PartJson> parts) {}

    record ResultsJson(
            long surveyId,
            String mode,
            int smallCellThreshold,
            boolean smallCellsWithheld,
            WaveJson wave,
            String country,
            String organisationKind,
            Long respondents,
            boolean withheld,
            List<QuestionJson> questions) {}

    record DifferenceJson(int points, Long count, boolean withheld) {}

    record ChangeJson(
            String question,
            String item,
            Long pairs,
            Long up,
            Long same,
            Long down,
            boolean withheld,
            List<DifferenceJson> differences) {}

    record ComparisonJson(ResultsJson from, ResultsJson to, boolean paired, Long pairs, List<ChangeJson> changes) {}

    private final ReadResults readResults;
    private final CompareWaves compareWaves;
    private final ResultsPresenter presenter;

    SurveyResultsApi(ReadResults readResults, CompareWaves compareWaves, ResultsPresenter presenter) {
        this.readResults = readResults;
        this.compareWaves = compareWaves;
        this.presenter = presenter;
    }

    @GetMapping("/api/v1/communities/{slug}/surveys/{id}/results")
    ResultsJson results(
            @Permitted(Action.VIEW_COMMUNITY_INSIDE) SurveyOwner owner,
            @PathVariable long id,
            @RequestParam(required = false) Long wave,
            @RequestParam(required = false) String country,
            @RequestParam(required = false) String kind,
            Actor actor,
            Locale locale) {
        return json(readResults.read(actor, owner, id, wave, new Breakdown(country, kind)), locale);
    }

    @GetMapping("/api/v1/communities/{slug}/surveys/{id}/results/comparison")
    ComparisonJson comparison(
            @Permitted(Action.VIEW_COMMUNITY_INSIDE) SurveyOwner owner,
            @PathVariable long id,
            @RequestParam(required = false) Long from,
            @RequestParam(required = false) Long to,
            @RequestParam(required = false) String country,
            @RequestParam(required = false) String kind,
            Actor actor,
            Locale locale) {
        WaveComparison c = compareWaves.compare(actor, owner, id, from, to, new Breakdown(country, kind));
        List<ChangeJson> changes = c.changes().stream()
                .map(ch -> new ChangeJson(
                        ch.questionCode(),
                        ch.itemCode(),
                        ch.pairs(),
                        ch.up(),
                        ch.same(),
                        ch.down(),
                        ch.withheld(),
                        ch.differences().stream()
                                .map(d -> new DifferenceJson(d.points(), d.count(), d.count() == null))
                                .toList()))
                .toList();
        return new ComparisonJson(json(c.from(), locale), json(c.to(), locale), c.paired(), c.pairs(), changes);
    }

    private ResultsJson json(WaveResults r, Locale locale) {
        List<QuestionJson> questions = r.questions().stream()
                .map(q -> new QuestionJson(
                        q.question().code(),
                        q.question().kind().name(),
                        q.question().text(),
                        q.question().removed(),
                        q.respondents(),
                        q.withheld(),
                        q.withheld()
                                ? List.of()
                                : q.parts().stream()
                                        .map(p -> part(presenter.named(p, locale)))
                                        .toList()))
                .toList();
        return new ResultsJson(
                r.survey().id(),
                r.survey().mode().name(),
                r.smallCells().threshold(),
                r.smallCells().suppresses(),
                new WaveJson(
                        r.wave().id(),
                        r.wave().position(),
                        r.wave().label(),
                        r.wave().state().name()),
                r.breakdown().country(),
                r.breakdown().organisationKind(),
                r.respondents(),
                r.withheld(),
                questions);
    }

    private static PartJson part(QuestionResult.Part p) {
        return new PartJson(
                p.itemCode(),
                p.itemLabel(),
                p.respondents(),
                p.withheld(),
                p.cells().stream()
                        .map(c -> new CellJson(c.code(), c.label(), c.count(), c.percent(), c.meanRank(), c.withheld()))
                        .toList(),
                p.mean(),
                p.median(),
                p.min(),
                p.max());
    }
}
