package org.statcommons.community;

import java.time.Instant;
import java.util.List;
import java.util.Map;
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
import org.statcommons.access.CommunityRole;
import org.statcommons.identity.Account;
import org.statcommons.identity.AccountForm;
import org.statcommons.identity.Accounts;
import org.statcommons.identity.CurrentAccount;
import org.statcommons.identity.SessionSignIn;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.EmailAddress;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.Markdown;

/** Sending and revoking invitations, and the page an invitation link opens. */
@Controller
class InvitationController {

    private final CommunityFrame pages;
    private final Inviting inviting;
    private final Communities communities;
    private final CodesOfConduct conduct;
    private final Accounts accounts;
    private final SessionSignIn sessionSignIn;
    private final Markdown markdown;
    private final People people;

    InvitationController(CommunityFrame pages, Inviting inviting, Communities communities, CodesOfConduct conduct,
                         Accounts accounts, SessionSignIn sessionSignIn, Markdown markdown, People people) {
        this.pages = pages;
        this.inviting = inviting;
        this.communities = communities;
        this.conduct = conduct;
        this.accounts = accounts;
        this.sessionSignIn = sessionSignIn;
        this.markdown = markdown;
        this.people = people;
    }

    @GetMapping("/c/{slug}/invitations")
    String list(@PathVariable String slug, Actor actor, Model model) {
        Community community = pages.open(slug, actor, Action.INVITE_MEMBER, model, "invitations");
        return listPage(model, actor, community, new Inviting.Typed("", "MEMBER", "", ""), null);
    }

    @PostMapping("/c/{slug}/invitations")
    String invite(@PathVariable String slug, Actor actor, @RequestParam(defaultValue = "") String email,
                  @RequestParam(defaultValue = "MEMBER") String role, @RequestParam(defaultValue = "") String guestUntil,
                  @RequestParam(defaultValue = "") String message, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        Community community = pages.open(slug, actor, Action.INVITE_MEMBER, model, "invitations");
        Inviting.Typed typed = new Inviting.Typed(email, role, guestUntil, message);
        try {
            Invitation invitation = inviting.invite(actor, community, typed);
            redirect.addFlashAttribute("notice", "Invitation sent to " + invitation.email() + ".");
            return "redirect:/c/" + slug + "/invitations";
        } catch (InvalidInputException e) {
            response.setStatus(400);
            return listPage(model, actor, community, typed, e.byField());
        } catch (ConflictException e) {
            response.setStatus(409);
            return listPage(model, actor, community, typed, Map.of("email", e.getMessage()));
        }
    }

    @PostMapping("/c/{slug}/invitations/{id}/revoke")
    String revoke(@PathVariable String slug, @PathVariable long id, Actor actor, Model model,
                  RedirectAttributes redirect) {
        Community community = pages.open(slug, actor, Action.INVITE_MEMBER, model, "invitations");
        inviting.revoke(actor, community, id);
        redirect.addFlashAttribute("notice", "Invitation withdrawn; its link no longer works.");
        return "redirect:/c/" + slug + "/invitations";
    }

    @GetMapping("/invitations/{secret}")
    String open(@PathVariable String secret, HttpServletRequest request, Model model, HttpServletResponse response) {
        return acceptPage(secret, request, model, response, new AccountForm(), null);
    }

    @PostMapping("/invitations/{secret}")
    String accept(@PathVariable String secret, @RequestParam(defaultValue = "false") boolean acceptConduct,
                  @RequestParam(required = false) Integer conductVersion, HttpServletRequest request, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        Optional<Account> me = CurrentAccount.of(request);
        if (me.isEmpty()) {
            return acceptPage(secret, request, model, response, new AccountForm(), null);
        }
        try {
            Community community = inviting.accept(me.get(), secret, acceptConduct, conductVersion);
            redirect.addFlashAttribute("notice", "Welcome to " + community.name() + "!");
            return "redirect:/c/" + community.slug();
        } catch (InvalidInputException e) {
            response.setStatus(400);
            return acceptPage(secret, request, model, response, new AccountForm(), e.byField());
        } catch (ConflictException e) {
            response.setStatus(409);
            return acceptPage(secret, request, model, response, new AccountForm(), Map.of("", e.getMessage()));
        }
    }

    @PostMapping("/invitations/{secret}/new-account")
    String acceptWithNewAccount(@PathVariable String secret, AccountForm form,
                                @RequestParam(defaultValue = "false") boolean acceptConduct,
                                @RequestParam(required = false) Integer conductVersion, HttpServletRequest request,
                                Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (CurrentAccount.of(request).isPresent()) {
            return acceptPage(secret, request, model, response, form, null);
        }
        try {
            Account account = inviting.acceptWithNewAccount(secret, form.newAccount(), acceptConduct, conductVersion);
            sessionSignIn.signIn(account, request, response);
            Community community = inviting.find(secret).flatMap(i -> communities.byId(i.communityId())).orElseThrow();
            redirect.addFlashAttribute("notice", "Welcome to StatCommons and to " + community.name() + "!");
            return "redirect:/c/" + community.slug();
        } catch (InvalidInputException e) {
            response.setStatus(400);
            return acceptPage(secret, request, model, response, form, e.byField());
        } catch (ConflictException e) {
            response.setStatus(409);
            return acceptPage(secret, request, model, response, form, Map.of("", e.getMessage()));
        }
    }

    private String acceptPage(String secret, HttpServletRequest request, Model model, HttpServletResponse response,
                              AccountForm form, Map<String, String> errors) {
        Optional<Invitation> invitation = inviting.find(secret);
        String refusal = Inviting.refusal(invitation);
        if (refusal != null) {
            response.setStatus(410);
            model.addAttribute("title", "Invitation not valid");
            model.addAttribute("message", refusal);
            return "error";
        }
        Community community = communities.byId(invitation.get().communityId()).orElseThrow();
        CodesOfConduct.Conduct current = conduct.current(community.id());
        Optional<Account> me = CurrentAccount.of(request);
        String state;
        if (me.isPresent()) {
            state = me.get().email().equalsIgnoreCase(invitation.get().email()) ? "accept" : "other-account";
        } else {
            state = accounts.byEmail(new EmailAddress(invitation.get().email())).isPresent() ? "sign-in" : "new-account";
        }
        form.setEmail(invitation.get().email());
        model.addAttribute("invitation", invitation.get());
        model.addAttribute("community", community);
        model.addAttribute("inviter", accounts.byId(invitation.get().invitedBy()).map(Account::displayName).orElse("The secretariat"));
        model.addAttribute("conduct", current);
        model.addAttribute("conductHtml", markdown.toHtml(current.body()));
        model.addAttribute("state", state);
        model.addAttribute("secret", secret);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "community/invitation";
    }

    private String listPage(Model model, Actor actor, Community community, Inviting.Typed typed,
                            Map<String, String> errors) {
        List<Invitation> invitations = inviting.list(actor, community);
        model.addAttribute("invitations", invitations);
        model.addAttribute("people", people.byId(invitations.stream().map(Invitation::invitedBy).toList()));
        model.addAttribute("now", Instant.now());
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        model.addAttribute("roles", CommunityRole.values());
        return "community/invitations";
    }
}
