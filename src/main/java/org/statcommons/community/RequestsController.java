package org.statcommons.community;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.platform.InvalidInputException;

/** Nominating a colleague, and the secretariat's list of requests and nominations to decide. */
@Controller
class RequestsController {

    private final CommunityFrame pages;
    private final Joining joining;
    private final Nominations nominations;
    private final People people;

    RequestsController(CommunityFrame pages, Joining joining, Nominations nominations, People people) {
        this.pages = pages;
        this.joining = joining;
        this.nominations = nominations;
        this.people = people;
    }

    @GetMapping("/c/{slug}/requests")
    String list(@PathVariable String slug, Actor actor, Model model) {
        Community community = pages.open(slug, actor, Action.DECIDE_MEMBERSHIP, model, "requests");
        List<MembershipRequests.Request> requests = joining.pending(actor, community);
        List<Nominations.Nomination> nominated = nominations.pending(actor, community);
        List<Long> ids = new ArrayList<>();
        requests.forEach(r -> ids.add(r.accountId()));
        nominated.forEach(n -> ids.add(n.nominatedBy()));
        model.addAttribute("requests", requests);
        model.addAttribute("nominations", nominated);
        model.addAttribute("people", people.byId(ids));
        return "community/requests";
    }

    @PostMapping("/c/{slug}/requests/{id}")
    String decideRequest(@PathVariable String slug, @PathVariable long id, Actor actor,
                         @RequestParam(defaultValue = "") String decision, @RequestParam(defaultValue = "") String note,
                         Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Community community = pages.open(slug, actor, Action.DECIDE_MEMBERSHIP, model, "requests");
        try {
            joining.decide(actor, community, id, approve(decision), note);
        } catch (InvalidInputException e) {
            response.setStatus(400);
            model.addAttribute("problem", e.getMessage());
            return list(slug, actor, model);
        }
        redirect.addFlashAttribute("notice", "Decided; the person has been told by e-mail.");
        return "redirect:/c/" + slug + "/requests";
    }

    @PostMapping("/c/{slug}/nominations/{id}")
    String decideNomination(@PathVariable String slug, @PathVariable long id, Actor actor,
                            @RequestParam(defaultValue = "") String decision, @RequestParam(defaultValue = "") String note,
                            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Community community = pages.open(slug, actor, Action.DECIDE_MEMBERSHIP, model, "requests");
        try {
            nominations.decide(actor, community, id, approve(decision), note);
        } catch (InvalidInputException e) {
            response.setStatus(400);
            model.addAttribute("problem", e.getMessage());
            return list(slug, actor, model);
        }
        redirect.addFlashAttribute("notice", "approve".equals(decision)
                ? "Approved; an invitation has been sent." : "Declined; the member who nominated has been told.");
        return "redirect:/c/" + slug + "/requests";
    }

    @GetMapping("/c/{slug}/nominate")
    String nominateForm(@PathVariable String slug, Actor actor, Model model) {
        pages.open(slug, actor, Action.NOMINATE_MEMBER, model, "nominate");
        model.addAttribute("form", Map.of("name", "", "email", "", "reason", ""));
        return "community/nominate";
    }

    @PostMapping("/c/{slug}/nominate")
    String nominate(@PathVariable String slug, Actor actor, @RequestParam(defaultValue = "") String name,
                    @RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String reason,
                    Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Community community = pages.open(slug, actor, Action.NOMINATE_MEMBER, model, "nominate");
        try {
            nominations.nominate(actor, community, name, email, reason);
            redirect.addFlashAttribute("notice", "Thank you. The secretariat will consider your nomination.");
            return "redirect:/c/" + slug;
        } catch (InvalidInputException e) {
            response.setStatus(400);
            model.addAttribute("form", Map.of("name", name, "email", email, "reason", reason));
            model.addAttribute("errors", e.byField());
            return "community/nominate";
        }
    }

    private static boolean approve(String decision) {
        if (!"approve".equals(decision) && !"decline".equals(decision)) {
            throw new InvalidInputException("decision", "Choose to approve or decline.");
        }
        return "approve".equals(decision);
    }
}
