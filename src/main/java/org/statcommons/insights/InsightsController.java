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
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
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

    InsightsController(CollectInsights collect, DashboardPresenter presenter) {
        this.collect = collect;
        this.presenter = presenter;
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

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
