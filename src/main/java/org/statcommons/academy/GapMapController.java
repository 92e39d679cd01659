package org.statcommons.academy;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Communities;
import org.statcommons.community.Community;
import org.statcommons.content.PageAddress;
import org.statcommons.content.WriteGeneratedPage;
import org.statcommons.platform.Text;
import org.statcommons.platform.web.ShowFormOnError;

/**
 * The gap map, public as the catalogue is (it shows figures by country or kind, never one organisation's form): the
 * page with its heat map and the table that says the same, the SVG, the CSV, and the printable report.
 */
@Controller
class GapMapController {

    private final GapMapPresenter presenter;
    private final Frameworks frameworks;
    private final java.time.Clock clock;
    private final PublishGapReport publishGapReport;
    private final Permissions permissions;
    private final Communities communities;

    GapMapController(
            GapMapPresenter presenter,
            Frameworks frameworks,
            java.time.Clock clock,
            PublishGapReport publishGapReport,
            Permissions permissions,
            Communities communities) {
        this.publishGapReport = publishGapReport;
        this.permissions = permissions;
        this.communities = communities;
        this.presenter = presenter;
        this.frameworks = frameworks;
        this.clock = clock;
    }

    @GetMapping("/academy/gaps")
    String page(
            @RequestParam(required = false) String framework,
            @RequestParam(required = false) String by,
            Locale locale,
            Model model) {
        return show(framework, by, locale, false, model);
    }

    /**
     * The same map as a page to print or save as PDF: no form, the day it was drawn; for a community's course
     * maintainers, the form that writes it as a page of their community's space.
     */
    @GetMapping("/academy/gaps/report")
    String report(
            @RequestParam(required = false) String framework,
            @RequestParam(required = false) String by,
            Actor actor,
            Locale locale,
            Model model) {
        model.addAttribute("today", java.time.LocalDate.now(clock.withZone(java.time.ZoneOffset.UTC)));
        model.addAttribute(
                "publishTo",
                permissions.communitiesWhere(actor, Action.MAINTAIN_COURSES).stream()
                        .map(communities::byId)
                        .flatMap(Optional::stream)
                        .sorted(Comparator.comparing(Community::name))
                        .toList());
        return show(framework, by, locale, true, model);
    }

    @PostMapping("/academy/gaps/report/publish")
    @ShowFormOnError("report")
    String publish(
            @RequestParam(required = false) String community,
            @RequestParam(required = false) String framework,
            @RequestParam(required = false) String by,
            Actor actor,
            Locale locale,
            RedirectAttributes redirect) {
        PublishGapReport.Published published = publishGapReport.publish(actor, community, framework, by, locale);
        WriteGeneratedPage.Written written = published.written();
        String slug = published.community().slug();
        redirect.addFlashAttribute(
                "notice",
                written.unchanged()
                        ? Text.of("academy.gaps.publish.unchanged")
                        : written.proposalId() != null
                                ? Text.of("academy.gaps.publish.proposed")
                                : Text.of("academy.gaps.publish.written"));
        return "redirect:"
                + (written.proposalId() != null
                        ? PageAddress.proposal(slug, written.proposalId())
                        : PageAddress.page(slug, written.path()));
    }

    private String show(String framework, String by, Locale locale, boolean report, Model model) {
        model.addAttribute("map", presenter.map(framework, by, locale));
        model.addAttribute("frameworks", frameworks.all());
        model.addAttribute("report", report);
        return "academy/gaps";
    }

    @GetMapping("/academy/gaps.svg")
    ResponseEntity<String> svg(
            @RequestParam(required = false) String framework,
            @RequestParam(required = false) String by,
            Locale locale) {
        GapMap map = presenter.map(framework, by, locale);
        return ResponseEntity.ok()
                .contentType(MediaType.valueOf("image/svg+xml;charset=UTF-8"))
                .body(presenter.svg(map, locale));
    }

    @GetMapping("/academy/gaps.csv")
    ResponseEntity<byte[]> csv(
            @RequestParam(required = false) String framework,
            @RequestParam(required = false) String by,
            Locale locale) {
        GapMap map = presenter.map(framework, by, locale);
        return ResponseEntity.ok()
                .contentType(MediaType.valueOf("text/csv;charset=UTF-8"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"gaps-" + map.framework().code() + "-" + map.by() + ".csv\"")
                .body(GapMapPresenter.csv(map).getBytes(StandardCharsets.UTF_8));
    }
}
