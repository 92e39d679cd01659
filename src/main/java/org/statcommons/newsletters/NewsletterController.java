package org.statcommons.newsletters;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.community.Community;
import org.statcommons.community.CommunityFrame;

/**
 * The Newsletters tab: the public archive, the subscription form, a member's own choice, and for the
 * secretariat the drafts; and one newsletter, public once sent.
 */
@Controller
class NewsletterController {

    private final CommunityFrame pages;
    private final NewsletterPages shown;

    NewsletterController(CommunityFrame pages, NewsletterPages shown) {
        this.pages = pages;
        this.shown = shown;
    }

    @GetMapping("/c/{slug}/newsletters")
    String archive(@PathVariable String slug, Actor actor, Model model) {
        Community community = pages.open(slug, actor, Action.VIEW_COMMUNITY_LANDING, model, "newsletters");
        return shown.archive(community, actor, model, "", null);
    }

    @GetMapping("/c/{slug}/newsletters/{id}")
    String show(@PathVariable String slug, @PathVariable long id, Actor actor, Model model) {
        Community community = pages.open(slug, actor, Action.VIEW_COMMUNITY_LANDING, model, "newsletters");
        return shown.newsletter(community, id, actor, model, null);
    }
}
