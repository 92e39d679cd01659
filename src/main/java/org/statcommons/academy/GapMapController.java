package org.statcommons.academy;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The gap map, public as the catalogue is (it shows figures by country or kind, never one organisation's form): the
 * page with its heat map and the table that says the same, the SVG, the CSV, and the printable report.
 */
@Controller
class GapMapController {

    private final GapMapPresenter presenter;
    private final Frameworks frameworks;
    private final java.time.Clock clock;

    GapMapController(GapMapPresenter presenter, Frameworks frameworks, java.time.Clock clock) {
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

    /** The same map as a page to print or save as PDF: no form, the day it was drawn. */
    @GetMapping("/academy/gaps/report")
    String report(
            @RequestParam(required = false) String framework,
            @RequestParam(required = false) String by,
            Locale locale,
            Model model) {
        model.addAttribute("today", java.time.LocalDate.now(clock.withZone(java.time.ZoneOffset.UTC)));
        return show(framework, by, locale, true, model);
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
