package org.statcommons.identity;

import java.util.ArrayList;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.statcommons.access.Actor;
import org.statcommons.access.NotAllowedException;
import org.statcommons.access.Action;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.InvalidInputException;

/** The signed-in person's own account: profile, password, e-mail address. */
@Controller
class AccountController {

    private final Accounts accounts;
    private final AccountSettings settings;
    private final SessionSignIn sessionSignIn;

    AccountController(Accounts accounts, AccountSettings settings, SessionSignIn sessionSignIn) {
        this.accounts = accounts;
        this.settings = settings;
        this.sessionSignIn = sessionSignIn;
    }

    @GetMapping("/account")
    String page(Actor actor, @RequestParam(name = "password-changed", required = false) String passwordChanged, Model model) {
        Account account = signedIn(actor);
        if (passwordChanged != null) {
            model.addAttribute("notice", "Your new password is saved; your other sessions have ended.");
        }
        return show(model, account, profileForm(account), Map.of());
    }

    @PostMapping("/account/profile")
    String saveProfile(Actor actor, AccountForm form, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Account account = signedIn(actor);
        try {
            settings.updateProfile(account.id(), new AccountSettings.ProfileChange(form.getDisplayName(), form.getOrganisation(),
                    form.getOrganisationKind(), form.getCountry(), form.getTimeZone(), form.getLanguages(), form.getBio()));
        } catch (InvalidInputException e) {
            response.setStatus(400);
            return show(model, account, form, e.byField());
        }
        redirect.addFlashAttribute("notice", "Your profile is saved.");
        return "redirect:/account";
    }

    @PostMapping("/account/password")
    String changePassword(Actor actor, @RequestParam(defaultValue = "") String currentPassword,
                          @RequestParam(defaultValue = "") String newPassword, Model model,
                          HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        Account account = signedIn(actor);
        try {
            Account changed = settings.changePassword(account.id(), currentPassword, newPassword);
            // the change ended every session; this one continues with the new session version
            sessionSignIn.signIn(changed, request, response);
        } catch (InvalidInputException e) {
            response.setStatus(400);
            model.addAttribute("failed", "password");
            return show(model, account, profileForm(account), e.byField());
        }
        redirect.addFlashAttribute("notice", "Your new password is saved; your other sessions have ended.");
        return "redirect:/account";
    }

    @PostMapping("/account/email")
    String changeEmail(Actor actor, @RequestParam(defaultValue = "") String currentPassword,
                       @RequestParam(defaultValue = "") String newEmail, Model model, HttpServletResponse response,
                       RedirectAttributes redirect) {
        Account account = signedIn(actor);
        try {
            settings.requestEmailChange(account.id(), currentPassword, newEmail);
        } catch (InvalidInputException e) {
            response.setStatus(400);
            model.addAttribute("newEmail", newEmail);
            model.addAttribute("failed", "email");
            return show(model, account, profileForm(account), e.byField());
        }
        redirect.addFlashAttribute("notice", "We sent a link to " + newEmail.strip() + ". Your address changes when "
                + "you open it; until then, keep using " + account.email() + ".");
        return "redirect:/account";
    }

    @GetMapping("/account/email/confirm/{secret}")
    String confirmEmailPage(@PathVariable String secret, Model model, HttpServletResponse response) {
        if (!settings.emailChangeUsable(secret)) {
            return LinkRefusal.page(model, response, "This confirmation link cannot be used", settings.emailChangeRefusal(secret));
        }
        model.addAttribute("heading", "Confirm your new e-mail address");
        model.addAttribute("button", "Use this address");
        model.addAttribute("action", "/account/email/confirm/" + secret);
        return "identity/confirm-link";
    }

    @PostMapping("/account/email/confirm/{secret}")
    String confirmEmail(@PathVariable String secret, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            Account account = settings.confirmEmailChange(secret);
            redirect.addFlashAttribute("notice", "Your e-mail address is now " + account.email() + ".");
            return "redirect:/account";
        } catch (ConflictException e) {
            return LinkRefusal.page(model, response, "This confirmation link cannot be used", e.getMessage());
        }
    }

    private String show(Model model, Account account, AccountForm form, Map<String, String> errors) {
        model.addAttribute("account", account);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("bioHidden", accounts.bioHidden(account.id()));
        if (!model.containsAttribute("newEmail")) {
            model.addAttribute("newEmail", "");
        }
        return "identity/account";
    }

    private Account signedIn(Actor actor) {
        if (!actor.signedIn()) {
            throw new NotAllowedException(Action.VIEW_PROFILES, false);
        }
        return accounts.byId(actor.accountId()).orElseThrow();
    }

    static AccountForm profileForm(Account account) {
        AccountForm form = new AccountForm();
        form.setDisplayName(account.displayName());
        form.setOrganisation(account.organisation());
        form.setOrganisationKind(account.organisationKind().name());
        form.setCountry(account.country() == null ? "" : account.country());
        form.setTimeZone(account.timeZone() == null ? "" : account.timeZone());
        form.setLanguages(new ArrayList<>(account.languages()));
        form.setBio(account.bio());
        return form;
    }
}
