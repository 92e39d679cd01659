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
import org.statcommons.platform.Markdown;
import org.statcommons.platform.Text;
import org.statcommons.platform.web.ShowFormOnError;

/** Joining an open community, or asking to join one that decides requests, after reading its code of conduct. */
@Controller
@CommunityTab("about")
class JoinController {

    private final CodesOfConduct conduct;
    private final JoinCommunity joinCommunity;
    private final RequestMembership requestMembership;
    private final Markdown markdown;

    JoinController(
            CodesOfConduct conduct,
            JoinCommunity joinCommunity,
            RequestMembership requestMembership,
            Markdown markdown) {
        this.conduct = conduct;
        this.joinCommunity = joinCommunity;
        this.requestMembership = requestMembership;
        this.markdown = markdown;
    }

    /** The code of conduct with the form to join or ask: empty, or with the motivation as typed when refused. */
    @GetMapping("/c/{slug}/join")
    String joinForm(
            @Permitted(Action.VIEW_COMMUNITY_LANDING) Community community,
            @ModelAttribute("form") JoinForm form,
            Model model) {
        CodesOfConduct.Conduct current = conduct.current(community.id());
        model.addAttribute("conduct", current);
        model.addAttribute("conductHtml", markdown.toHtml(current.body()));
        model.addAttribute("byRequest", community.joinPolicy() == JoinPolicy.BY_REQUEST);
        return "community/join";
    }

    @PostMapping("/c/{slug}/join")
    @ShowFormOnError("joinForm")
    String join(
            @Permitted(Action.JOIN_COMMUNITY) Community community,
            @ModelAttribute("form") JoinForm form,
            Actor actor,
            RedirectAttributes redirect) {
        joinCommunity.join(actor, community, form.consent());
        redirect.addFlashAttribute("notice", Text.of("community.notice.joined", community.name()));
        return "redirect:" + CommunityAddress.of(community.slug());
    }

    @PostMapping("/c/{slug}/request")
    @ShowFormOnError("joinForm")
    String request(
            @Permitted(Action.REQUEST_MEMBERSHIP) Community community,
            @ModelAttribute("form") JoinForm form,
            Actor actor,
            RedirectAttributes redirect) {
        requestMembership.request(actor, community, form.motivation(), form.consent());
        redirect.addFlashAttribute("notice", Text.of("community.notice.requested"));
        return "redirect:" + CommunityAddress.of(community.slug());
    }
}
