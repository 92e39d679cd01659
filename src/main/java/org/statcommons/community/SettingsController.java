package org.statcommons.community;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
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

    SettingsController(EditCommunity editCommunity) {
        this.editCommunity = editCommunity;
    }

    /** The settings as they are, or as typed when refused. */
    @GetMapping("/c/{slug}/edit")
    String editForm(
            @Permitted(Action.EDIT_COMMUNITY) Community community,
            @ModelAttribute("form") CommunityForm form,
            Model model) {
        model.addAttribute("form", form.typed() ? form : CommunityForm.of(community));
        model.addAttribute("policies", JoinPolicy.values());
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
}
