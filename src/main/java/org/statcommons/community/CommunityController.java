package org.statcommons.community;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.JoinPolicy;
import org.statcommons.access.Permissions;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.Markdown;

/** The list of communities, creating one, its public landing page and its settings. */
@Controller
class CommunityController {

    private final Communities communities;
    private final CommunitySettingsService settings;
    private final CommunityFrame pages;
    private final Landing landing;
    private final Permissions permissions;
    private final Markdown markdown;

    CommunityController(Communities communities, CommunitySettingsService settings, CommunityFrame pages,
                        Landing landing, Permissions permissions, Markdown markdown) {
        this.markdown = markdown;
        this.communities = communities;
        this.settings = settings;
        this.pages = pages;
        this.landing = landing;
        this.permissions = permissions;
    }

    @GetMapping("/communities")
    String list(Actor actor, Model model) {
        model.addAttribute("communities", communities.all());
        model.addAttribute("mayCreate", permissions.may(actor, Action.CREATE_COMMUNITY));
        return "community/list";
    }

    @GetMapping("/communities/new")
    String newForm(Actor actor, Model model) {
        permissions.require(actor, Action.CREATE_COMMUNITY);
        return form(model, new CommunityForm(), null);
    }

    @PostMapping("/communities/new")
    String create(Actor actor, CommunityForm form, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        try {
            Community community = settings.create(actor, form);
            redirect.addFlashAttribute("notice", "The community is open. You are its secretariat.");
            return "redirect:/c/" + community.slug();
        } catch (InvalidInputException e) {
            response.setStatus(400);
            return form(model, form, e.byField());
        } catch (ConflictException e) {
            response.setStatus(409);
            return form(model, form, java.util.Map.of("slug", e.getMessage()));
        }
    }

    @GetMapping("/c/{slug}")
    String landing(@PathVariable String slug, Actor actor, Model model) {
        Community community = pages.open(slug, actor, Action.VIEW_COMMUNITY_LANDING, model, "about");
        model.addAttribute("facts", landing.facts(community));
        model.addAttribute("descriptionHtml", markdown.toHtml(community.description()));
        return "community/landing";
    }

    @GetMapping("/c/{slug}/edit")
    String editForm(@PathVariable String slug, Actor actor, Model model) {
        Community community = pages.open(slug, actor, Action.EDIT_COMMUNITY, model, "settings");
        return editPage(model, CommunityForm.of(community), null);
    }

    @PostMapping("/c/{slug}/edit")
    String edit(@PathVariable String slug, Actor actor, CommunityForm form, Model model, HttpServletResponse response,
                RedirectAttributes redirect) {
        Community community = pages.open(slug, actor, Action.EDIT_COMMUNITY, model, "settings");
        try {
            settings.edit(actor, community, form);
            redirect.addFlashAttribute("notice", "Saved.");
            return "redirect:/c/" + community.slug();
        } catch (InvalidInputException e) {
            response.setStatus(400);
            form.setSlug(community.slug());
            return editPage(model, form, e.byField());
        }
    }

    private static String form(Model model, CommunityForm form, java.util.Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("policies", JoinPolicy.values());
        return "community/new";
    }

    private static String editPage(Model model, CommunityForm form, java.util.Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("policies", JoinPolicy.values());
        return "community/edit";
    }
}
