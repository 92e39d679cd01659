package org.statcommons.search;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.statcommons.access.Actor;
import org.statcommons.platform.web.ShowFormOnError;

/** The search screen behind the header's search box; a refused query comes back in the box with the reason beside it. */
@Controller
class SearchController {

    private final Search search;

    SearchController(Search search) {
        this.search = search;
    }

    @GetMapping("/search")
    @ShowFormOnError("refused")
    String search(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "0") int page,
            Actor actor,
            Model model) {
        model.addAttribute("found", search.search(actor, q, page));
        model.addAttribute("signedIn", actor.signedIn());
        return "search/results";
    }

    /** The search box again, as typed, with no results. */
    String refused(@RequestParam(defaultValue = "") String q, Actor actor, Model model) {
        model.addAttribute("found", new Search.Results("", 0, List.of(), false));
        model.addAttribute("typed", q);
        model.addAttribute("signedIn", actor.signedIn());
        return "search/results";
    }
}
