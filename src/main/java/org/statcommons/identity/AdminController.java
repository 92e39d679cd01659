package org.statcommons.identity;

import java.util.Arrays;
import java.util.List;
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
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.Text;
import org.statcommons.platform.web.ShowFormOnError;

/**
 * Administration: the sign-up policy, accounts, platform roles, suspension. A refused change (the last
 * administrator, one's own suspension) is told on the screen it was asked from.
 */
@Controller
class AdminController {

    static final int PAGE_SIZE = 50;
    static final int QUERY_MAX = 200;

    private final Permissions permissions;
    private final IdentitySettings settings;
    private final Accounts accounts;
    private final SetSignUpPolicy setSignUpPolicy;
    private final ChangePlatformRole changeRole;
    private final SuspendAccount suspendAccount;
    private final SignInProviders providers;
    private final SetOrganisationDomains setOrganisationDomains;

    AdminController(
            Permissions permissions,
            IdentitySettings settings,
            Accounts accounts,
            SetSignUpPolicy setSignUpPolicy,
            ChangePlatformRole changeRole,
            SuspendAccount suspendAccount,
            SignInProviders providers,
            SetOrganisationDomains setOrganisationDomains) {
        this.permissions = permissions;
        this.settings = settings;
        this.accounts = accounts;
        this.setSignUpPolicy = setSignUpPolicy;
        this.changeRole = changeRole;
        this.suspendAccount = suspendAccount;
        this.providers = providers;
        this.setOrganisationDomains = setOrganisationDomains;
    }

    @GetMapping("/admin")
    String overview(Actor actor, @RequestParam(required = false) String domains, Model model) {
        permissions.require(actor, Action.MANAGE_PLATFORM);
        model.addAttribute("openSignUp", settings.signUpPolicy() == SignUpPolicy.OPEN);
        model.addAttribute("providers", providers.listed());
        // what was typed when the form comes back with a message, else what is kept
        model.addAttribute("domains", domains != null ? domains : String.join("\n", settings.organisationDomains()));
        return "identity/admin";
    }

    @PostMapping("/admin/organisation-sign-in")
    @ShowFormOnError("overview")
    String setOrganisationDomains(
            Actor actor, @RequestParam(defaultValue = "") String domains, RedirectAttributes redirect) {
        List<String> kept = setOrganisationDomains.set(actor, domains);
        redirect.addFlashAttribute(
                "notice",
                kept.isEmpty()
                        ? Text.of("identity.admin.notice.domains-none")
                        : Text.of("identity.admin.notice.domains", String.join(", ", kept)));
        return "redirect:/admin#organisation-sign-in";
    }

    @PostMapping("/admin/sign-up-policy")
    @ShowFormOnError("overview")
    String setSignUpPolicy(Actor actor, @RequestParam(defaultValue = "") String policy, RedirectAttributes redirect) {
        permissions.require(actor, Action.MANAGE_PLATFORM);
        SignUpPolicy chosen = SignUpPolicy.parse(policy)
                .orElseThrow(() -> new InvalidInputException("policy", Text.of("identity.admin.policy.unknown")));
        setSignUpPolicy.set(actor, chosen);
        redirect.addFlashAttribute(
                "notice",
                chosen == SignUpPolicy.OPEN
                        ? Text.of("identity.admin.notice.open")
                        : Text.of("identity.admin.notice.invitation"));
        return "redirect:/admin";
    }

    @GetMapping("/admin/accounts")
    String accounts(Actor actor, @RequestParam(defaultValue = "") String q, Model model) {
        permissions.require(actor, Action.MANAGE_PLATFORM);
        model.addAttribute("q", q);
        model.addAttribute(
                "accounts", accounts.search(q.length() > QUERY_MAX ? q.substring(0, QUERY_MAX) : q, PAGE_SIZE));
        model.addAttribute("pageSize", PAGE_SIZE);
        return "identity/admin-accounts";
    }

    /** One account, with its role and suspension forms; a refused change is told here. */
    @GetMapping("/admin/accounts/{id}")
    String account(Actor actor, @PathVariable long id, Model model) {
        permissions.require(actor, Action.MANAGE_PLATFORM);
        model.addAttribute("account", accounts.existing(id));
        model.addAttribute("roles", PlatformRole.values());
        return "identity/admin-account";
    }

    @PostMapping("/admin/accounts/{id}/role")
    @ShowFormOnError("account")
    String setRole(
            Actor actor,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String role,
            RedirectAttributes redirect) {
        permissions.require(actor, Action.MANAGE_PLATFORM);
        PlatformRole chosen = Arrays.stream(PlatformRole.values())
                .filter(r -> r.name().equals(role))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("role", Text.of("identity.admin.role.unknown")));
        Account changed = changeRole.change(actor, id, chosen);
        redirect.addFlashAttribute(
                "notice",
                Text.of(
                        "identity.admin.notice.role",
                        Text.of("identity.admin.role." + changed.platformRole().name())));
        return "redirect:/admin/accounts/" + id;
    }

    @PostMapping("/admin/accounts/{id}/suspend")
    @ShowFormOnError("account")
    String suspend(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
        Account suspended = suspendAccount.suspend(actor, id);
        redirect.addFlashAttribute("notice", Text.of("identity.admin.notice.suspended", suspended.displayName()));
        return "redirect:/admin/accounts/" + id;
    }

    @PostMapping("/admin/accounts/{id}/reactivate")
    @ShowFormOnError("account")
    String reactivate(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute(
                "notice",
                Text.of(
                        "identity.admin.notice.reactivated",
                        suspendAccount.reactivate(actor, id).displayName()));
        return "redirect:/admin/accounts/" + id;
    }
}
