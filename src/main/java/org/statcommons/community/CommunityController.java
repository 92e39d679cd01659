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
import org.statcommons.access.Permissions;
import org.statcommons.platform.Text;
import org.statcommons.platform.web.ShowFormOnError;

/** The list of communities and creating one (the platform secretariat and administrators). */
@Controller
class CommunityController {

    private final Communities communities;
    private final CreateCommunity createCommunity;
    private final Permissions permissions;

    CommunityController(Communities communities, CreateCommunity createCommunity, Permissions permissions) {
        this.communities = communities;
        this.createCommunity = createCommunity;
        this.permissions = permissions;
    }

    @GetMapping("/communities")
    String list(Actor actor, Model model) {
        model.addAttribute("communities", communities.all());
        model.addAttribute("mayCreate", permissions.may(actor, Action.CREATE_COMMUNITY));
        return "community/list";
    }

    /** The form to create a community: blank, or as typed when refused. */
    @GetMapping("/communities/new")
    String newForm(Actor actor, @ModelAttribute("form") CommunityForm form, Model model) {
        permissions.require(actor, Action.CREATE_COMMUNITY);
        model.addAttribute("form", form.typed() ? form : CommunityForm.blank());
        model.addAttribute("policies", JoinPolicy.values());
        return "community/new";
    }

    @PostMapping("/communities/new")
    @ShowFormOnError("newForm")
    String create(Actor actor, @ModelAttribute("form") CommunityForm form, RedirectAttributes redirect) {
        // asked before the form is checked: someone who may not create is told so, not what is wrong with the form
        permissions.require(actor, Action.CREATE_COMMUNITY);
        Community community = createCommunity.create(actor, form.newCommunity());
        redirect.addFlashAttribute("notice", Text.of("community.notice.created"));
        return "redirect:" + CommunityAddress.of(community.slug());
    }
}
