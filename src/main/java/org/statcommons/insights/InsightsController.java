package org.statcommons.insights;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Community;
import org.statcommons.community.CommunityTab;
import org.statcommons.community.Permitted;
import org.statcommons.platform.TimePresenter;
import org.statcommons.platform.i18n.Language;

/**
 * The activity dashboard (Manage › Activity figures): the period's figures, each table with its chart, the presets and
 * a from–to form (a GET, so the address names the period and can be shared), and the same figures as CSV.
 */
@Controller
@CommunityTab("insights")
class InsightsController {

    private final CollectInsights collect;
    private final DashboardPresenter presenter;
    private final GenerateEvaluationReport generate;
    private final PrintEvaluationReport print;
    private final Permissions permissions;

    InsightsController(
            CollectInsights collect,
            DashboardPresenter presenter,
            GenerateEvaluationReport generate,
            PrintEvaluationReport print,
            Permissions permissions) {
        this.collect = collect;
        this.presenter = presenter;
        this.generate = generate;
        this.print = print;
        this.permissions = permissions;
    }

    @GetMapping("/c/{slug}/insights")
    String dashboard(
            @Permitted(Action.VIEW_INSIGHTS) Community community,
            @ModelAttribute("form") InsightsForm form,
            Actor actor,
            TimePresenter times,
            Model model) {
        Dashboard dashboard = collect.collect(actor, community, form);
        model.addAttribute("view", presenter.present(dashboard, times));
        model.addAttribute("period", dashboard.period());
        model.addAttribute("presets", InsightsForm.PRESETS);
        model.addAttribute("mayGenerate", permissions.may(actor, Action.GENERATE_EVALUATION_REPORT, community.id()));
        model.addAttribute(
                "chosen",
                form.period() == null || form.period().isBlank()
                        ? (blank(form.from()) && blank(form.to()) ? InsightsForm.LAST_12_MONTHS : "")
                        : form.period());
        return "insights/dashboard";
    }

    @GetMapping("/c/{slug}/insights.csv")
    ResponseEntity<String> csv(
            @Permitted(Action.VIEW_INSIGHTS) Community community,
            @ModelAttribute("form") InsightsForm form,
            Actor actor,
            TimePresenter times) {
        Dashboard dashboard = collect.collect(actor, community, form);
        String csv = InsightsCsvWriter.write(dashboard, Language.of(times.locale()), times);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("insights-" + community.slug() + "-"
                                        + dashboard.period().first() + "-to-"
                                        + dashboard.period().last() + ".csv")
                                .build()
                                .toString())
                .body(csv);
    }

    /** The evaluation report of the period as a PDF, in the reader's language. */
    @GetMapping("/c/{slug}/insights/evaluation-report.pdf")
    ResponseEntity<byte[]> pdf(
            @Permitted(Action.VIEW_INSIGHTS) Community community,
            @ModelAttribute("form") InsightsForm form,
            Actor actor,
            TimePresenter times) {
        return pdfResponse(community, print.print(actor, community, form, Language.of(times.locale()), times));
    }

    /** Writes the evaluation report of the period as a draft page, in the generating person's language, and opens it. */
    @PostMapping("/c/{slug}/insights/evaluation-report")
    String generateReport(
            @Permitted(Action.GENERATE_EVALUATION_REPORT) Community community,
            @ModelAttribute("form") InsightsForm form,
            Actor actor,
            TimePresenter times) {
        GenerateEvaluationReport.Generated generated =
                generate.generate(actor, community, form, Language.of(times.locale()), times);
        return "redirect:" + generated.address();
    }

    static ResponseEntity<byte[]> pdfResponse(Community community, PrintEvaluationReport.Printed printed) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("evaluation-" + community.slug() + "-"
                                        + printed.period().first() + "-to-"
                                        + printed.period().last() + ".pdf")
                                .build()
                                .toString())
                .body(printed.pdf());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
