package org.statcommons.search;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.statcommons.access.Actor;
import org.statcommons.platform.InvalidInputException;

/** The search page behind the header's search box. */
@Controller
class SearchController {

    private final Search search;

    SearchController(Search search) {
        this.search = search;
    }

    @GetMapping("/search")
    String search(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page, Actor actor, Model model,
                  HttpServletResponse response) {
        try {
            model.addAttribute("found", search.search(actor, q, page));
        } catch (InvalidInputException e) {
            // the form again, with the reason beside it
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("found", new Search.Results("", 0, List.of(), false));
            model.addAttribute("errors", e.byField());
        }
        model.addAttribute("signedIn", actor.signedIn());
        return "search/results";
    }
}
