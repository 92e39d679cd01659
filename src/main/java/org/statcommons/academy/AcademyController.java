package org.statcommons.academy;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The public catalogue of courses, {@code /academy}: every community's public courses, with search and facets. */
@Controller
class AcademyController {

    private final Catalogue catalogue;

    AcademyController(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping("/academy")
    String catalogue(
            @RequestParam(name = "q", required = false) String text,
            @RequestParam(required = false) String level,
            @RequestParam(required = false) String language,
            @RequestParam(required = false) String licence,
            @RequestParam(required = false) String community,
            @RequestParam(required = false) String item,
            @RequestParam(required = false) String proficiency,
            @RequestParam(required = false) String format,
            @RequestParam(required = false) String duration,
            Model model) {
        Catalogue.Query query =
                new Catalogue.Query(text, level, language, licence, community, item, proficiency, format, duration);
        model.addAttribute("found", catalogue.find(query));
        return "academy/catalogue";
    }
}
