package org.statcommons.search;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.statcommons.access.Actor;

/** The search page behind the header's search box. */
@Controller
class SearchController {

    private final Search search;

    SearchController(Search search) {
        this.search = search;
    }

    @GetMapping("/search")
    String search(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page, Actor actor, Model model) {
        model.addAttribute("found", search.search(actor, q, page));
        model.addAttribute("signedIn", actor.signedIn());
        return "search/results";
    }
}
