package org.statcommons.community;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.platform.Text;
import org.statcommons.platform.web.ShowFormOnError;

/** A member nominates a colleague for the secretariat to invite. */
@Controller
@CommunityTab("nominate")
class NominationController {

    private final NominateMember nominateMember;

    NominationController(NominateMember nominateMember) {
        this.nominateMember = nominateMember;
    }

    /** The form: empty, or as typed when refused. */
    @GetMapping("/c/{slug}/nominate")
    String nominateForm(
            @Permitted(Action.NOMINATE_MEMBER) Community community, @ModelAttribute("form") NominationForm form) {
        return "community/nominate";
    }

    @PostMapping("/c/{slug}/nominate")
    @ShowFormOnError("nominateForm")
    String nominate(
            @Permitted(Action.NOMINATE_MEMBER) Community community,
            @ModelAttribute("form") NominationForm form,
            Actor actor,
            RedirectAttributes redirect) {
        nominateMember.nominate(actor, community, form.command());
        redirect.addFlashAttribute("notice", Text.of("community.notice.nominated"));
        return "redirect:" + CommunityAddress.of(community.slug());
    }
}
