package org.statcommons.community;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.JoinPolicy;
import org.statcommons.platform.Text;
import org.statcommons.platform.web.ShowFormOnError;

/** A community's settings: name, purpose, description, how people join, whether members edit pages directly. */
@Controller
@CommunityTab("settings")
class SettingsController {

    private final EditCommunity editCommunity;
    private final Communities communities;
    private final SetRemovalOnClose setRemovalOnClose;

    SettingsController(EditCommunity editCommunity, Communities communities, SetRemovalOnClose setRemovalOnClose) {
        this.editCommunity = editCommunity;
        this.communities = communities;
        this.setRemovalOnClose = setRemovalOnClose;
    }

    /** The settings as they are, or as typed when refused. */
    @GetMapping("/c/{slug}/edit")
    String editForm(
            @Permitted(Action.EDIT_COMMUNITY) Community community,
            @ModelAttribute("form") CommunityForm form,
            Model model) {
        model.addAttribute("form", form.typed() ? form : CommunityForm.of(community));
        model.addAttribute("policies", JoinPolicy.values());
        model.addAttribute("removesOnClose", communities.removesContributionsOnClose(community.id()));
        return "community/edit";
    }

    @PostMapping("/c/{slug}/edit")
    @ShowFormOnError("editForm")
    String edit(
            @Permitted(Action.EDIT_COMMUNITY) Community community,
            @ModelAttribute("form") CommunityForm form,
            Actor actor,
            RedirectAttributes redirect) {
        editCommunity.edit(actor, community, form.change());
        redirect.addFlashAttribute("notice", Text.of("community.notice.saved"));
        return "redirect:" + CommunityAddress.of(community.slug());
    }

    /** The policy for the posts and comments of a member who closes their account and asks for their removal. */
    @PostMapping("/c/{slug}/edit/closed-accounts")
    String setRemovalOnClose(
            @Permitted(Action.EDIT_COMMUNITY) Community community,
            @RequestParam(defaultValue = "false") String removeContributions,
            Actor actor,
            RedirectAttributes redirect) {
        setRemovalOnClose.set(actor, community, "true".equals(removeContributions));
        redirect.addFlashAttribute("notice", Text.of("community.notice.saved"));
        return "redirect:" + CommunityAddress.of(community.slug()) + "/edit#closed-accounts";
    }
}
