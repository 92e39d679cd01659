package org.statcommons.identity;

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
import org.statcommons.access.PlatformRole;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.NotFoundException;

/** Administration: the sign-up policy, accounts, platform roles, suspension. */
@Controller
class AdminController {

    static final int PAGE_SIZE = 50;

    private final Permissions permissions;
    private final SignUpPolicy signUpPolicy;
    private final Accounts accounts;
    private final AccountAdministration administration;

    AdminController(Permissions permissions, SignUpPolicy signUpPolicy, Accounts accounts,
                    AccountAdministration administration) {
        this.permissions = permissions;
        this.signUpPolicy = signUpPolicy;
        this.accounts = accounts;
        this.administration = administration;
    }

    @GetMapping("/admin")
    String overview(Actor actor, Model model) {
        permissions.require(actor, Action.MANAGE_PLATFORM);
        model.addAttribute("openSignUp", signUpPolicy.open());
        return "identity/admin";
    }

    @PostMapping("/admin/sign-up-policy")
    String setSignUpPolicy(Actor actor, @RequestParam(defaultValue = "") String policy, RedirectAttributes redirect) {
        permissions.require(actor, Action.MANAGE_PLATFORM);
        if (!"open".equals(policy) && !"invitation".equals(policy)) {
            throw new InvalidInputException("policy", "Choose open registration or invitation only.");
        }
        signUpPolicy.set("open".equals(policy));
        redirect.addFlashAttribute("notice", "open".equals(policy)
                ? "Anyone may now create an account (with e-mail verification)."
                : "Accounts are now created by invitation only.");
        return "redirect:/admin";
    }

    @GetMapping("/admin/accounts")
    String accounts(Actor actor, @RequestParam(defaultValue = "") String q, Model model) {
        permissions.require(actor, Action.MANAGE_PLATFORM);
        model.addAttribute("q", q);
        model.addAttribute("accounts", accounts.search(q.length() > 200 ? q.substring(0, 200) : q, PAGE_SIZE));
        model.addAttribute("pageSize", PAGE_SIZE);
        return "identity/admin-accounts";
    }

    @GetMapping("/admin/accounts/{id}")
    String account(Actor actor, @PathVariable long id, Model model) {
        permissions.require(actor, Action.MANAGE_PLATFORM);
        model.addAttribute("account", accounts.byId(id).orElseThrow(() -> new NotFoundException("There is no such account.")));
        model.addAttribute("roles", PlatformRole.values());
        return "identity/admin-account";
    }

    @PostMapping("/admin/accounts/{id}/role")
    String setRole(Actor actor, @PathVariable long id, @RequestParam(defaultValue = "") String role, RedirectAttributes redirect) {
        permissions.require(actor, Action.MANAGE_PLATFORM);
        PlatformRole chosen;
        try {
            chosen = PlatformRole.valueOf(role);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("role", "Choose a platform role from the list.");
        }
        return done(redirect, id, () -> "Platform role set to " + label(administration.setRole(id, chosen).platformRole()) + ".");
    }

    @PostMapping("/admin/accounts/{id}/suspend")
    String suspend(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
        permissions.require(actor, Action.MANAGE_PLATFORM);
        return done(redirect, id, () -> administration.suspend(actor.accountId(), id).displayName()
                + " is suspended: their sessions have ended and their tokens no longer work.");
    }

    @PostMapping("/admin/accounts/{id}/reactivate")
    String reactivate(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
        permissions.require(actor, Action.MANAGE_PLATFORM);
        return done(redirect, id, () -> administration.reactivate(id).displayName() + " may sign in again.");
    }

    /** Runs a change; a refusal (the last administrator) is shown on the account page like a success. */
    private static String done(RedirectAttributes redirect, long id, java.util.function.Supplier<String> change) {
        try {
            redirect.addFlashAttribute("notice", change.get());
        } catch (ConflictException e) {
            redirect.addFlashAttribute("refusal", e.getMessage());
        }
        return "redirect:/admin/accounts/" + id;
    }

    static String label(PlatformRole role) {
        switch (role) {
            case ADMINISTRATOR:
                return "administrator";
            case SECRETARIAT:
                return "secretariat";
            default:
                return "none";
        }
    }
}
