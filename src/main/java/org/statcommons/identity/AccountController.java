package org.statcommons.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.NotAllowedException;
import org.statcommons.platform.Text;
import org.statcommons.platform.web.ShowFormOnError;

/**
 * The signed-in person's own account: profile, password, e-mail address. The three forms share one screen; a
 * refused one comes back with what was typed in it and its messages.
 */
@Controller
class AccountController {

    private final Accounts accounts;
    private final EditProfile editProfile;
    private final ChangePassword changePassword;
    private final RequestEmailChange requestEmailChange;
    private final ConfirmEmailChange confirmEmailChange;
    private final LinkTokens links;
    private final SessionStarter sessions;

    AccountController(
            Accounts accounts,
            EditProfile editProfile,
            ChangePassword changePassword,
            RequestEmailChange requestEmailChange,
            ConfirmEmailChange confirmEmailChange,
            LinkTokens links,
            SessionStarter sessions) {
        this.accounts = accounts;
        this.editProfile = editProfile;
        this.changePassword = changePassword;
        this.requestEmailChange = requestEmailChange;
        this.confirmEmailChange = confirmEmailChange;
        this.links = links;
        this.sessions = sessions;
    }

    /** The account screen; {@code failed} names the form sent and refused, whose messages it shows. */
    @GetMapping("/account")
    String page(
            Actor actor,
            @RequestParam(name = "password-changed", required = false) String passwordChanged,
            @ModelAttribute("form") AccountForm form,
            @ModelAttribute("passwordChange") PasswordChange passwordChange,
            @ModelAttribute("emailChange") EmailChangeForm emailChange,
            Model model) {
        Account account = signedIn(actor);
        if (passwordChanged != null) {
            model.addAttribute("notice", Text.of("identity.account.notice.password"));
        }
        model.addAttribute("account", account);
        model.addAttribute("form", form.typed() ? form : AccountForm.of(account));
        model.addAttribute("emailChange", emailChange.typed() ? emailChange : EmailChangeForm.blank());
        model.addAttribute("failed", passwordChange.typed() ? "password" : emailChange.typed() ? "email" : "");
        model.addAttribute("bioHidden", accounts.bioHidden(account.id()));
        return "identity/account";
    }

    @PostMapping("/account/profile")
    @ShowFormOnError("page")
    String saveProfile(Actor actor, @ModelAttribute("form") AccountForm form, RedirectAttributes redirect) {
        editProfile.edit(signedIn(actor).id(), form.profile());
        redirect.addFlashAttribute("notice", Text.of("identity.account.notice.profile"));
        return "redirect:/account";
    }

    @PostMapping("/account/password")
    @ShowFormOnError("page")
    String changePassword(
            Actor actor,
            @ModelAttribute("passwordChange") PasswordChange change,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Account changed = changePassword.change(signedIn(actor).id(), change);
        // the change ended every session; this one continues with the new session version
        sessions.start(changed, request, response);
        redirect.addFlashAttribute("notice", Text.of("identity.account.notice.password"));
        return "redirect:/account";
    }

    @PostMapping("/account/email")
    @ShowFormOnError("page")
    String changeEmail(Actor actor, @ModelAttribute("emailChange") EmailChangeForm form, RedirectAttributes redirect) {
        Account account = signedIn(actor);
        EmailChange change = form.command();
        requestEmailChange.request(account.id(), change);
        redirect.addFlashAttribute(
                "notice",
                Text.of("identity.account.notice.email-sent", change.newEmail().value(), account.email()));
        return "redirect:/account";
    }

    /** A page with a button, not an action: mail scanners that open links must not use them up. */
    @GetMapping("/account/email/confirm/{secret}")
    String confirmEmailPage(@PathVariable String secret, Model model) {
        links.usable(LinkTokens.Purpose.CHANGE_EMAIL, secret);
        model.addAttribute("heading", Text.of("identity.confirm-new-email.heading"));
        model.addAttribute("button", Text.of("identity.confirm-new-email.button"));
        model.addAttribute("action", "/account/email/confirm/" + secret);
        return "identity/confirm-link";
    }

    @PostMapping("/account/email/confirm/{secret}")
    String confirmEmail(@PathVariable String secret, RedirectAttributes redirect) {
        Account account = confirmEmailChange.confirm(secret);
        redirect.addFlashAttribute("notice", Text.of("identity.account.notice.email-changed", account.email()));
        return "redirect:/account";
    }

    private Account signedIn(Actor actor) {
        if (!actor.signedIn()) {
            throw new NotAllowedException(Action.VIEW_PROFILES, false);
        }
        return accounts.byId(actor.accountId()).orElseThrow();
    }
}
