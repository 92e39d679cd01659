package org.statcommons.data.harvest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.community.Community;
import org.statcommons.community.CommunityTab;
import org.statcommons.community.Permitted;
import org.statcommons.platform.web.ShowFormOnError;

/**
 * The secretariat's screen of harvested portals: each source with its last harvest, its last error and its next try,
 * and the form that registers another.
 */
@Controller
@CommunityTab("data")
class HarvestSourceController {

    private final HarvestSources sources;
    private final RegisterHarvestSource register;
    private final RemoveHarvestSource remove;
    private final HarvestSourceNow now;

    HarvestSourceController(
            HarvestSources sources, RegisterHarvestSource register, RemoveHarvestSource remove, HarvestSourceNow now) {
        this.sources = sources;
        this.register = register;
        this.remove = remove;
        this.now = now;
    }

    @GetMapping("/c/{slug}/data/harvest")
    String sources(
            @Permitted(Action.MANAGE_HARVEST_SOURCES) Community community,
            @ModelAttribute("form") NewHarvestSource form,
            Model model) {
        model.addAttribute("sources", sources.ofCommunity(community.id()));
        model.addAttribute("form", form.url() == null ? NewHarvestSource.empty() : form);
        model.addAttribute("kinds", PortalKind.values());
        return "data/harvest/sources";
    }

    @PostMapping("/c/{slug}/data/harvest")
    @ShowFormOnError("sources")
    String register(
            @Permitted(Action.MANAGE_HARVEST_SOURCES) Community community,
            @ModelAttribute("form") NewHarvestSource form,
            Actor actor) {
        register.register(actor, community, form);
        return "redirect:/c/" + community.slug() + "/data/harvest";
    }

    @PostMapping("/c/{slug}/data/harvest/{id}/now")
    String harvestNow(
            @Permitted(Action.MANAGE_HARVEST_SOURCES) Community community, @PathVariable long id, Actor actor) {
        now.harvestNow(actor, community, id);
        return "redirect:/c/" + community.slug() + "/data/harvest?asked=" + id;
    }

    @PostMapping("/c/{slug}/data/harvest/{id}/remove")
    String remove(@Permitted(Action.MANAGE_HARVEST_SOURCES) Community community, @PathVariable long id, Actor actor) {
        remove.remove(actor, community, id);
        return "redirect:/c/" + community.slug() + "/data/harvest";
    }
}
