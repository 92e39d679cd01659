package org.statcommons.content.publishing;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.community.Community;
import org.statcommons.content.Publications;
import org.statcommons.content.web.SpaceAddress;
import org.statcommons.content.web.SpaceSite;

/** Publishing a version of a page, and taking it back (facilitators and the secretariat). */
@Controller
class PublishController {

    private final SpaceSite site;
    private final Publications publications;

    PublishController(SpaceSite site, Publications publications) {
        this.site = site;
        this.publications = publications;
    }

    @PostMapping("/c/{slug}/space/-/publish/{*rest}")
    String publish(@PathVariable String slug, @PathVariable String rest, @RequestParam(required = false) String version,
                   Actor actor, Model model, RedirectAttributes redirect) {
        Community community = site.open(slug, actor, Action.PUBLISH_PAGE, model);
        String path = SpaceAddress.path(rest);
        publications.publish(community.id(), path, version, site.author(actor));
        redirect.addFlashAttribute("notice", "Published: anyone can read this version at its public address. "
                + "Later edits stay private until you publish again.");
        return "redirect:" + SpaceAddress.page(slug, path);
    }

    @PostMapping("/c/{slug}/space/-/unpublish/{*rest}")
    String unpublish(@PathVariable String slug, @PathVariable String rest, Actor actor, Model model,
                     RedirectAttributes redirect) {
        Community community = site.open(slug, actor, Action.PUBLISH_PAGE, model);
        String path = SpaceAddress.path(rest);
        boolean was = publications.unpublish(community.id(), path);
        redirect.addFlashAttribute("notice", was ? "Unpublished: the page is for members only again." : "The page was not published.");
        return "redirect:" + SpaceAddress.page(slug, path);
    }
}
