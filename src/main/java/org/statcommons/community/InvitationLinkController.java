package org.statcommons.community;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.statcommons.identity.Account;
import org.statcommons.identity.AccountForm;
import org.statcommons.identity.Accounts;
import org.statcommons.identity.CurrentAccount;
import org.statcommons.identity.NewAccount;
import org.statcommons.identity.SessionStarter;
import org.statcommons.identity.SignInProviders;
import org.statcommons.platform.EmailAddress;
import org.statcommons.platform.GoneException;
import org.statcommons.platform.Markdown;
import org.statcommons.platform.Text;
import org.statcommons.platform.web.ShowFormOnError;

/**
 * The screen an invitation's link opens, for anyone who has the link: accept it signed in with the invited
 * address, or create the account for that address. A link that cannot be used (unknown, used, withdrawn,
 * expired) answers 410 Gone with the reason, and a form sent from it is not looked at.
 */
@Controller
class InvitationLinkController {

    private final Invitations invitations;
    private final Communities communities;
    private final CodesOfConduct conduct;
    private final AcceptInvitation acceptInvitation;
    private final Accounts accounts;
    private final SessionStarter sessions;
    private final Markdown markdown;
    private final SignInProviders providers;
    private final Clock clock;

    InvitationLinkController(
            Invitations invitations,
            Communities communities,
            CodesOfConduct conduct,
            AcceptInvitation acceptInvitation,
            Accounts accounts,
            SessionStarter sessions,
            Markdown markdown,
            SignInProviders providers,
            Clock clock) {
        this.invitations = invitations;
        this.communities = communities;
        this.conduct = conduct;
        this.acceptInvitation = acceptInvitation;
        this.accounts = accounts;
        this.sessions = sessions;
        this.markdown = markdown;
        this.providers = providers;
        this.clock = clock;
    }

    /** The invitation, with the form its reader needs; the new-account form as typed when refused. */
    @GetMapping("/invitations/{secret}")
    String open(
            @PathVariable String secret,
            @ModelAttribute("form") AccountForm form,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Optional<Invitation> found = invitations.bySecret(secret, false);
        Text refusal = AcceptInvitation.refusal(found, clock.instant());
        if (refusal != null) {
            throw new GoneException(Text.of("community.invitation.refused.title"), refusal);
        }
        Invitation invitation = found.get();
        Community community = communities.byId(invitation.communityId()).orElseThrow();
        CodesOfConduct.Conduct current = conduct.current(community.id());
        Optional<Account> me = CurrentAccount.of(request);
        String state;
        if (me.isPresent()) {
            state = me.get().email().equalsIgnoreCase(invitation.email()) ? "accept" : "other-account";
        } else {
            state = accounts.byEmail(new EmailAddress(invitation.email())).isPresent() ? "sign-in" : "new-account";
        }
        model.addAttribute("form", prefilled(form.withEmail(invitation.email()), invitation));
        model.addAttribute("invitation", invitation);
        model.addAttribute("community", community);
        model.addAttribute(
                "inviter",
                accounts.byId(invitation.invitedBy()).map(Account::displayName).orElse("The secretariat"));
        model.addAttribute("conduct", current);
        model.addAttribute("conductHtml", markdown.toHtml(current.body()));
        model.addAttribute("state", state);
        model.addAttribute("secret", secret);
        model.addAttribute("providers", providers.listed());
        return "community/invitation";
    }

    /** The signed-in person accepts (anyone else, or a link that cannot be used, gets the invitation's screen). */
    @PostMapping("/invitations/{secret}")
    @ShowFormOnError("open")
    String accept(
            @PathVariable String secret,
            @ModelAttribute ConductConsent consent,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        Optional<Account> me = CurrentAccount.of(request);
        if (me.isEmpty() || !usable(secret)) {
            return open(secret, AccountForm.blank(), request, response, model);
        }
        Community community = acceptInvitation.accept(me.get(), secret, consent);
        redirect.addFlashAttribute("notice", Text.of("community.notice.welcome", community.name()));
        return "redirect:" + CommunityAddress.of(community.slug());
    }

    /** A newcomer creates their account and accepts, then is signed in. */
    @PostMapping("/invitations/{secret}/new-account")
    @ShowFormOnError("open")
    String acceptWithNewAccount(
            @PathVariable String secret,
            @ModelAttribute("form") AccountForm form,
            @ModelAttribute ConductConsent consent,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        Optional<Invitation> invitation = invitations.bySecret(secret, false);
        if (CurrentAccount.of(request).isPresent() || AcceptInvitation.refusal(invitation, clock.instant()) != null) {
            return open(secret, form, request, response, model);
        }
        NewAccount account = form.newAccount(new EmailAddress(invitation.get().email()));
        AcceptInvitation.Accepted accepted = acceptInvitation.acceptWithNewAccount(secret, account, consent);
        sessions.start(accepted.account(), request, response);
        redirect.addFlashAttribute(
                "notice",
                Text.of("community.notice.welcome-new", accepted.community().name()));
        return "redirect:" + CommunityAddress.of(accepted.community().slug());
    }

    /** A form not typed yet starts with the name and organisation the secretariat gave, when it gave them. */
    private static AccountForm prefilled(AccountForm form, Invitation invitation) {
        boolean typed = (form.displayName() != null && !form.displayName().isEmpty())
                || (form.organisation() != null && !form.organisation().isEmpty());
        if (typed || (invitation.name().isEmpty() && invitation.organisation().isEmpty())) {
            return form;
        }
        return new AccountForm(
                form.email(),
                form.password(),
                invitation.name(),
                invitation.organisation(),
                form.organisationKind(),
                form.country(),
                form.timeZone(),
                form.languages(),
                form.bio());
    }

    private boolean usable(String secret) {
        return AcceptInvitation.refusal(invitations.bySecret(secret, false), clock.instant()) == null;
    }
}
