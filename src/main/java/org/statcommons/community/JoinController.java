package org.statcommons.community;

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
import org.statcommons.access.JoinPolicy;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.Markdown;

/** Joining or asking to join, and reading, accepting and editing the code of conduct. */
@Controller
class JoinController {

    private final CommunityFrame pages;
    private final Joining joining;
    private final CodesOfConduct conduct;
    private final CommunitySettingsService settings;
    private final Markdown markdown;

    JoinController(CommunityFrame pages, Joining joining, CodesOfConduct conduct, CommunitySettingsService settings,
                   Markdown markdown) {
        this.pages = pages;
        this.joining = joining;
        this.conduct = conduct;
        this.settings = settings;
        this.markdown = markdown;
    }

    @GetMapping("/c/{slug}/join")
    String joinForm(@PathVariable String slug, Actor actor, Model model) {
        Community community = pages.open(slug, actor, Action.VIEW_COMMUNITY_LANDING, model, "about");
        return joinPage(model, community, "", null);
    }

    @PostMapping("/c/{slug}/join")
    String join(@PathVariable String slug, Actor actor, @RequestParam(defaultValue = "false") boolean acceptConduct,
                @RequestParam(required = false) Integer conductVersion, Model model, HttpServletResponse response,
                RedirectAttributes redirect) {
        Community community = pages.open(slug, actor, Action.JOIN_COMMUNITY, model, "about");
        try {
            joining.join(actor, community, acceptConduct, conductVersion);
            redirect.addFlashAttribute("notice", "Welcome! You are now a member of " + community.name() + ".");
            return "redirect:/c/" + community.slug();
        } catch (InvalidInputException e) {
            response.setStatus(400);
            return joinPage(model, community, "", e.byField());
        } catch (ConflictException e) {
            response.setStatus(409);
            return joinPage(model, community, "", java.util.Map.of("", e.getMessage()));
        }
    }

    @PostMapping("/c/{slug}/request")
    String request(@PathVariable String slug, Actor actor, @RequestParam(defaultValue = "") String motivation,
                   @RequestParam(defaultValue = "false") boolean acceptConduct,
                   @RequestParam(required = false) Integer conductVersion, Model model, HttpServletResponse response,
                   RedirectAttributes redirect) {
        Community community = pages.open(slug, actor, Action.REQUEST_MEMBERSHIP, model, "about");
        try {
            joining.request(actor, community, motivation, acceptConduct, conductVersion);
            redirect.addFlashAttribute("notice", "Thank you. The secretariat will answer your request by e-mail.");
            return "redirect:/c/" + community.slug();
        } catch (InvalidInputException e) {
            response.setStatus(400);
            return joinPage(model, community, motivation, e.byField());
        } catch (ConflictException e) {
            response.setStatus(409);
            return joinPage(model, community, motivation, java.util.Map.of("", e.getMessage()));
        }
    }

    @GetMapping("/c/{slug}/code-of-conduct")
    String read(@PathVariable String slug, Actor actor, Model model) {
        Community community = pages.open(slug, actor, Action.VIEW_COMMUNITY_LANDING, model, "conduct");
        model.addAttribute("conduct", conduct.current(community.id()));
        model.addAttribute("conductHtml", markdown.toHtml(conduct.current(community.id()).body()));
        return "community/conduct";
    }

    @PostMapping("/c/{slug}/code-of-conduct/accept")
    String accept(@PathVariable String slug, Actor actor, @RequestParam(defaultValue = "false") boolean acceptConduct,
                  @RequestParam(required = false) Integer conductVersion, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        Community community = pages.open(slug, actor, Action.VIEW_COMMUNITY_INSIDE, model, "conduct");
        try {
            joining.renewConduct(actor, community, acceptConduct, conductVersion);
            redirect.addFlashAttribute("notice", "Thank you for accepting the code of conduct.");
            return "redirect:/c/" + community.slug();
        } catch (InvalidInputException | ConflictException e) {
            response.setStatus(e instanceof ConflictException ? 409 : 400);
            model.addAttribute("errors", java.util.Map.of("acceptConduct", e.getMessage()));
            return read(slug, actor, model);
        }
    }

    @GetMapping("/c/{slug}/code-of-conduct/edit")
    String editForm(@PathVariable String slug, Actor actor, Model model) {
        Community community = pages.open(slug, actor, Action.EDIT_CODE_OF_CONDUCT, model, "conduct");
        model.addAttribute("conduct", conduct.current(community.id()));
        model.addAttribute("body", conduct.current(community.id()).body());
        return "community/conduct-edit";
    }

    @PostMapping("/c/{slug}/code-of-conduct/edit")
    String edit(@PathVariable String slug, Actor actor, @RequestParam(defaultValue = "") String body, Model model,
                HttpServletResponse response, RedirectAttributes redirect) {
        Community community = pages.open(slug, actor, Action.EDIT_CODE_OF_CONDUCT, model, "conduct");
        try {
            int version = settings.editConduct(actor, community, body);
            redirect.addFlashAttribute("notice", "Saved as version " + version
                    + ". Members will be asked to accept it on their next visit.");
            return "redirect:/c/" + community.slug() + "/code-of-conduct";
        } catch (InvalidInputException | ConflictException e) {
            response.setStatus(e instanceof ConflictException ? 409 : 400);
            model.addAttribute("conduct", conduct.current(community.id()));
            model.addAttribute("body", body);
            model.addAttribute("errors", java.util.Map.of("body", e.getMessage()));
            return "community/conduct-edit";
        }
    }

    private String joinPage(Model model, Community community, String motivation, java.util.Map<String, String> errors) {
        CodesOfConduct.Conduct current = conduct.current(community.id());
        model.addAttribute("conduct", current);
        model.addAttribute("conductHtml", markdown.toHtml(current.body()));
        model.addAttribute("byRequest", community.joinPolicy() == JoinPolicy.BY_REQUEST);
        model.addAttribute("motivation", motivation);
        model.addAttribute("errors", errors);
        return "community/join";
    }
}
