package org.statcommons.community;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.platform.Text;
import org.statcommons.platform.TimePresenter;
import org.statcommons.platform.web.ShowFormOnError;

/**
 * "Request an invitation", for people without an account, and the e-mailed link that confirms their address. The
 * link opens a page with a button, so that a mail scanner following links confirms nothing.
 */
@Controller
@CommunityTab("about")
class InvitationRequestController {

    private final RequestInvitation requestInvitation;
    private final ConfirmInvitationRequest confirmRequest;
    private final Communities communities;

    InvitationRequestController(
            RequestInvitation requestInvitation, ConfirmInvitationRequest confirmRequest, Communities communities) {
        this.requestInvitation = requestInvitation;
        this.confirmRequest = confirmRequest;
        this.communities = communities;
    }

    @GetMapping("/c/{slug}/request-invitation")
    String form(
            @Permitted(Action.REQUEST_INVITATION) Community community,
            @ModelAttribute("form") InvitationRequestForm form,
            Model model) {
        model.addAttribute("form", form.typed() ? form : InvitationRequestForm.blank());
        return "community/request-invitation";
    }

    @PostMapping("/c/{slug}/request-invitation")
    @ShowFormOnError("form")
    String request(
            @Permitted(Action.REQUEST_INVITATION) Community community,
            @ModelAttribute("form") InvitationRequestForm form,
            Actor actor,
            HttpServletRequest http,
            TimePresenter times,
            RedirectAttributes redirect) {
        NewInvitationRequest request = form.command();
        requestInvitation.request(actor, community, request, http.getRemoteAddr(), times);
        redirect.addFlashAttribute(
                "notice",
                Text.of("community.notice.invitation-requested", request.email().value(), 48));
        return "redirect:" + CommunityAddress.of(community.slug());
    }

    /** The confirmation page (410 with the reason when the link cannot be used). */
    @GetMapping("/invitation-requests/{secret}")
    String confirmation(@PathVariable String secret, Model model) {
        InvitationRequest request = confirmRequest.usable(secret);
        model.addAttribute("request", request);
        model.addAttribute("community", communities.byId(request.communityId()).orElseThrow());
        model.addAttribute("secret", secret);
        return "community/invitation-request-confirm";
    }

    @PostMapping("/invitation-requests/{secret}")
    String confirm(@PathVariable String secret, RedirectAttributes redirect) {
        Community community = confirmRequest.confirm(secret);
        redirect.addFlashAttribute(
                "notice", Text.of("community.notice.invitation-request-confirmed", community.name()));
        return "redirect:" + CommunityAddress.of(community.slug());
    }
}
