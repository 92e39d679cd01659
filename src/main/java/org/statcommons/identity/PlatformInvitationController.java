package org.statcommons.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.platform.EmailAddress;
import org.statcommons.platform.Text;
import org.statcommons.platform.web.ShowFormOnError;

/** Inviting people to StatCommons, and the screen where an invited person creates the account. */
@Controller
class PlatformInvitationController {

    private final Permissions permissions;
    private final PlatformInvitationPresenter presenter;
    private final InviteToPlatform inviteToPlatform;
    private final RevokePlatformInvitation revokeInvitation;
    private final AcceptPlatformInvitation acceptInvitation;
    private final LinkTokens links;
    private final SessionStarter sessions;
    private final SignInProviders providers;

    PlatformInvitationController(
            Permissions permissions,
            PlatformInvitationPresenter presenter,
            InviteToPlatform inviteToPlatform,
            RevokePlatformInvitation revokeInvitation,
            AcceptPlatformInvitation acceptInvitation,
            LinkTokens links,
            SessionStarter sessions,
            SignInProviders providers) {
        this.permissions = permissions;
        this.presenter = presenter;
        this.inviteToPlatform = inviteToPlatform;
        this.revokeInvitation = revokeInvitation;
        this.acceptInvitation = acceptInvitation;
        this.links = links;
        this.sessions = sessions;
        this.providers = providers;
    }

    /** The invitation form (blank, or as typed when refused) and the invitations still waiting. */
    @GetMapping({"/people/invite", "/admin/invitations"})
    String invitePage(Actor actor, @ModelAttribute("form") PlatformInvitationForm form, Model model) {
        permissions.require(actor, Action.INVITE_TO_PLATFORM);
        model.addAttribute("form", form.typed() ? form : PlatformInvitationForm.blank());
        model.addAttribute("pending", presenter.pending());
        return "identity/invite";
    }

    @PostMapping({"/people/invite", "/admin/invitations"})
    @ShowFormOnError("invitePage")
    String invite(Actor actor, @ModelAttribute("form") PlatformInvitationForm form, RedirectAttributes redirect) {
        // asked before the form is read: someone who may not invite is told so, not what is wrong with the form
        permissions.require(actor, Action.INVITE_TO_PLATFORM);
        NewPlatformInvitation invitation = form.command();
        inviteToPlatform.invite(actor, invitation);
        redirect.addFlashAttribute(
                "notice",
                Text.of("identity.invite.notice.sent", invitation.email().value()));
        return "redirect:/people/invite";
    }

    @PostMapping("/people/invite/{id}/revoke")
    String revoke(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
        revokeInvitation.revoke(actor, id);
        redirect.addFlashAttribute("notice", Text.of("identity.invite.notice.withdrawn"));
        return "redirect:/people/invite";
    }

    /** The account form for the invited address (as typed when refused); a link that cannot be used is 410. */
    @GetMapping("/sign-up/invitation/{secret}")
    String acceptPage(@PathVariable String secret, @ModelAttribute("form") AccountForm form, Model model) {
        LinkTokens.Link link = links.usable(LinkTokens.Purpose.SIGN_UP_INVITATION, secret);
        model.addAttribute("form", (form.typed() ? form : AccountForm.blank()).withEmail(link.email()));
        model.addAttribute("action", "/sign-up/invitation/" + secret);
        model.addAttribute("providers", providers.listed());
        return "identity/accept-invitation";
    }

    @PostMapping("/sign-up/invitation/{secret}")
    @ShowFormOnError("acceptPage")
    String accept(
            @PathVariable String secret,
            @ModelAttribute("form") AccountForm form,
            HttpServletRequest request,
            HttpServletResponse response) {
        EmailAddress invited = new EmailAddress(
                links.usable(LinkTokens.Purpose.SIGN_UP_INVITATION, secret).email());
        sessions.start(acceptInvitation.accept(secret, form.newAccount(invited)), request, response);
        return "redirect:/?welcome";
    }
}
