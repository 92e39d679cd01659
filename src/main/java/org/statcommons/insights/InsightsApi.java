package org.statcommons.insights;

import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.community.Community;
import org.statcommons.community.Permitted;
import org.statcommons.platform.TimePresenter;
import org.statcommons.platform.i18n.Language;

/** The activity figures over JSON: the same use case and figures as the dashboard, series always by month. */
@RestController
class InsightsApi {

    /** The figures of a period ({@code from} and {@code to} as UTC days, both included). */
    record InsightsJson(String community, String from, String to, List<SectionJson> sections) {}

    /** One section: its headline figures and its tables. {@code heading} is in the request's language. */
    record SectionJson(String code, String heading, List<FigureJson> figures, List<TableJson> tables) {}

    /** A count, or a rate: {@code value} out of {@code outOf}, and the {@code percent} rounded (null out of nothing). */
    record FigureJson(String code, String label, long value, Long outOf, Long percent) {}

    /** A table: the codes of its count columns, and its rows. */
    record TableJson(String code, String title, List<String> columns, List<RowJson> rows) {}

    /** A row: its stable code (a month "2026-03", a country's ISO code, a page's path), label and counts. */
    record RowJson(String code, String label, List<Long> values) {}

    /** What generating the evaluation report did, as the progress report's API says it. */
    record GeneratedJson(String path, String address, Long proposalId, boolean proposed, boolean unchanged) {}

    private final CollectInsights collect;
    private final GenerateEvaluationReport generate;
    private final PrintEvaluationReport print;

    InsightsApi(CollectInsights collect, GenerateEvaluationReport generate, PrintEvaluationReport print) {
        this.collect = collect;
        this.generate = generate;
        this.print = print;
    }

    /** The evaluation report of the period as a PDF, in the request's language. */
    @GetMapping("/api/v1/communities/{slug}/evaluation-report.pdf")
    ResponseEntity<byte[]> evaluationReport(
            @Permitted(Action.VIEW_INSIGHTS) Community community,
            @RequestParam(required = false) String period,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            Actor actor,
            TimePresenter times) {
        return InsightsController.pdfResponse(
                community,
                print.print(actor, community, new InsightsForm(period, from, to), Language.of(times.locale()), times));
    }

    /** Writes the evaluation report of the period ({@code period}, or {@code from} and {@code to}) as a draft page. */
    @PostMapping("/api/v1/communities/{slug}/evaluation-reports")
    ResponseEntity<GeneratedJson> generateEvaluationReport(
            @Permitted(Action.GENERATE_EVALUATION_REPORT) Community community,
            @RequestBody(required = false) InsightsForm body,
            Actor actor,
            TimePresenter times) {
        InsightsForm sent = body == null ? new InsightsForm(null, null, null) : body;
        GenerateEvaluationReport.Generated generated =
                generate.generate(actor, community, sent, Language.of(times.locale()), times);
        return ResponseEntity.created(URI.create(generated.address()))
                .body(new GeneratedJson(
                        generated.path(),
                        generated.address(),
                        generated.proposalId(),
                        generated.proposalId() != null,
                        generated.unchanged()));
    }

    @GetMapping("/api/v1/communities/{slug}/insights")
    InsightsJson insights(
            @Permitted(Action.VIEW_INSIGHTS) Community community,
            @RequestParam(required = false) String period,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            Actor actor,
            TimePresenter times) {
        Dashboard dashboard = collect.collect(actor, community, new InsightsForm(period, from, to));
        Language language = Language.of(times.locale());
        RowLabeller labeller = new RowLabeller(language, times);
        return new InsightsJson(
                community.slug(),
                dashboard.period().first().toString(),
                dashboard.period().last().toString(),
                dashboard.parts().stream()
                        .map(p -> new SectionJson(
                                p.code(),
                                p.heading().in(language),
                                p.figures().stream()
                                        .map(f -> new FigureJson(
                                                f.code(), f.label().in(language), f.value(), f.outOf(), f.percent()))
                                        .toList(),
                                p.tables().stream()
                                        .map(t -> new TableJson(
                                                t.code(),
                                                t.title().in(language),
                                                t.columns().stream()
                                                        .map(InsightsCsvWriter::column)
                                                        .toList(),
                                                t.rows().stream()
                                                        .map(r -> new RowJson(
                                                                r.label().code(),
                                                                labeller.label(r.label(), false),
                                                                r.values()))
                                                        .toList()))
                                        .toList()))
                        .toList());
    }
}
