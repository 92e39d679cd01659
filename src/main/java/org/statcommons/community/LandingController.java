package org.statcommons.community;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.platform.Markdown;
import org.statcommons.platform.web.ShowFormOnError;

/** A community's public landing page, and leaving the community from it. */
@Controller
@CommunityTab("about")
class LandingController {

    private final LandingPresenter presenter;
    private final LeaveCommunity leaveCommunity;
    private final Markdown markdown;

    LandingController(LandingPresenter presenter, LeaveCommunity leaveCommunity, Markdown markdown) {
        this.presenter = presenter;
        this.leaveCommunity = leaveCommunity;
        this.markdown = markdown;
    }

    @GetMapping("/c/{slug}")
    String landing(@Permitted(Action.VIEW_COMMUNITY_LANDING) Community community, Model model) {
        model.addAttribute("facts", presenter.present(community));
        model.addAttribute("descriptionHtml", markdown.toHtml(community.description()));
        return "community/landing";
    }

    /** The last secretariat member is told why not on the landing page, where the button is. */
    @PostMapping("/c/{slug}/leave")
    @ShowFormOnError("landing")
    String leave(@Permitted(Action.LEAVE_COMMUNITY) Community community, Actor actor, RedirectAttributes redirect) {
        leaveCommunity.leave(actor, community);
        redirect.addFlashAttribute("notice", "You have left " + community.name() + ".");
        return "redirect:" + CommunityAddress.of(community.slug());
    }
}
