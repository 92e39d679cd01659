package org.statcommons.progressreports;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.community.Community;
import org.statcommons.community.CommunityTab;
import org.statcommons.community.Permitted;
import org.statcommons.content.PageAddress;
import org.statcommons.content.Pages;
import org.statcommons.platform.TimePresenter;
import org.statcommons.platform.i18n.Language;
import org.statcommons.platform.web.ShowFormOnError;

/**
 * The secretariat's screen of the progress report (Manage › Progress report): the form (period, language), the
 * result of the last generation (a link to the draft page, or to the proposal when the page was there), and the
 * reports the space holds.
 */
@Controller
@CommunityTab("progress-reports")
class ProgressReportController {

    /** A report page of the space, for the list. */
    record ReportLink(String title, String path, String href) {}

    private final GenerateProgressReport generate;
    private final Pages pages;
    private final Clock clock;

    ProgressReportController(GenerateProgressReport generate, Pages pages, Clock clock) {
        this.generate = generate;
        this.pages = pages;
        this.clock = clock;
    }

    @GetMapping("/c/{slug}/progress-reports")
    String form(
            @Permitted(Action.GENERATE_PROGRESS_REPORT) Community community,
            @ModelAttribute("form") ProgressReportForm form,
            Model model) {
        if (form.first() == null && form.last() == null) {
            model.addAttribute(
                    "form", ProgressReportForm.lastYear(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)));
        }
        model.addAttribute("languages", Language.ALL);
        model.addAttribute("reports", reports(community));
        return "progressreports/form";
    }

    @PostMapping("/c/{slug}/progress-reports")
    @ShowFormOnError("form")
    String generate(
            @Permitted(Action.GENERATE_PROGRESS_REPORT) Community community,
            @ModelAttribute("form") ProgressReportForm form,
            Actor actor,
            TimePresenter times,
            RedirectAttributes redirect) {
        GeneratedReport generated = generate.generate(actor, community, form.command(), times);
        redirect.addFlashAttribute("generatedPath", generated.path());
        redirect.addFlashAttribute("generatedAddress", generated.address());
        redirect.addFlashAttribute("generatedProposal", generated.proposalId());
        redirect.addFlashAttribute("generatedUnchanged", generated.unchanged());
        return "redirect:/c/" + community.slug() + "/progress-reports";
    }

    private List<ReportLink> reports(Community community) {
        return pages.list(community.id()).stream()
                .filter(p -> p.path().startsWith(GenerateProgressReport.FOLDER + "progress-"))
                .map(p -> new ReportLink(p.title(), p.path(), PageAddress.page(community.slug(), p.path())))
                .toList();
    }
}
