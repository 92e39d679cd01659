package org.statcommons.identity;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.InvalidInputException;

/** Inviting people to StatCommons, and the page where an invited person creates the account. */
@Controller
class PlatformInvitationController {

    private final Permissions permissions;
    private final PlatformInvitations invitations;
    private final Accounts accounts;
    private final SessionSignIn sessionSignIn;

    PlatformInvitationController(Permissions permissions, PlatformInvitations invitations, Accounts accounts,
                         SessionSignIn sessionSignIn) {
        this.permissions = permissions;
        this.invitations = invitations;
        this.accounts = accounts;
        this.sessionSignIn = sessionSignIn;
    }

    @GetMapping({"/people/invite", "/admin/invitations"})
    String invitePage(Actor actor, Model model) {
        permissions.require(actor, Action.INVITE_TO_PLATFORM);
        model.addAttribute("email", "");
        model.addAttribute("message", "");
        model.addAttribute("pending", invitations.pending());
        return "identity/invite";
    }

    @PostMapping({"/people/invite", "/admin/invitations"})
    String invite(Actor actor, @RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String message,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) {
        permissions.require(actor, Action.INVITE_TO_PLATFORM);
        Account inviter = accounts.byId(actor.accountId()).orElseThrow();
        try {
            invitations.invite(inviter, email, message);
        } catch (InvalidInputException e) {
            response.setStatus(400);
            model.addAttribute("email", email);
            model.addAttribute("message", message);
            model.addAttribute("errors", e.byField());
            model.addAttribute("pending", invitations.pending());
            return "identity/invite";
        }
        redirect.addFlashAttribute("notice", "Invitation sent to " + email.strip() + ".");
        return "redirect:/people/invite";
    }

    @PostMapping("/people/invite/{id}/revoke")
    String revoke(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
        permissions.require(actor, Action.INVITE_TO_PLATFORM);
        invitations.revoke(accounts.byId(actor.accountId()).orElseThrow(), id);
        redirect.addFlashAttribute("notice", "Invitation withdrawn; its link no longer works.");
        return "redirect:/people/invite";
    }

    @GetMapping("/sign-up/invitation/{secret}")
    String acceptPage(@PathVariable String secret, Model model, HttpServletResponse response) {
        Optional<String> email = invitations.invitedEmail(secret);
        if (email.isEmpty()) {
            return LinkRefusal.page(model, response, "This invitation cannot be used", invitations.refusal(secret));
        }
        AccountForm form = new AccountForm();
        form.setEmail(email.get());
        model.addAttribute("form", form);
        model.addAttribute("action", "/sign-up/invitation/" + secret);
        return "identity/accept-invitation";
    }

    @PostMapping("/sign-up/invitation/{secret}")
    String accept(@PathVariable String secret, AccountForm form, Model model,
                  HttpServletRequest request, HttpServletResponse response) {
        try {
            Account account = invitations.accept(secret, form.newAccount());
            sessionSignIn.signIn(account, request, response);
            return "redirect:/?welcome";
        } catch (InvalidInputException e) {
            response.setStatus(400);
            form.setEmail(invitations.invitedEmail(secret).orElse(""));
            model.addAttribute("form", form);
            model.addAttribute("action", "/sign-up/invitation/" + secret);
            model.addAttribute("errors", e.byField());
            return "identity/accept-invitation";
        } catch (ConflictException e) {
            return LinkRefusal.page(model, response, "This invitation cannot be used", e.getMessage());
        }
    }
}
