package org.statcommons.community;

import java.util.Map;

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
import org.statcommons.identity.Accounts;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.NotFoundException;

/** The member directory, one member's page with what the secretariat can change, and leaving. */
@Controller
class MembersController {

    private final CommunityFrame pages;
    private final MemberDirectory directory;
    private final MemberChanges changes;
    private final Memberships memberships;
    private final Accounts accounts;
    private final MemberDiscipline discipline;

    MembersController(CommunityFrame pages, MemberDirectory directory, MemberChanges changes, Memberships memberships,
                      Accounts accounts, MemberDiscipline discipline) {
        this.discipline = discipline;
        this.pages = pages;
        this.directory = directory;
        this.changes = changes;
        this.memberships = memberships;
        this.accounts = accounts;
    }

    @GetMapping("/c/{slug}/members")
    String directory(@PathVariable String slug, Actor actor, @RequestParam(defaultValue = "") String country,
                     @RequestParam(defaultValue = "") String kind, @RequestParam(defaultValue = "") String role,
                     Model model) {
        Community community = pages.open(slug, actor, Action.VIEW_COMMUNITY_INSIDE, model, "members");
        MemberDirectory.Filter filter = new MemberDirectory.Filter(clip(country), clip(kind), clip(role));
        model.addAttribute("filter", filter);
        model.addAttribute("result", directory.search(community, filter));
        return "community/members";
    }

    @GetMapping("/c/{slug}/members/{accountId}")
    String member(@PathVariable String slug, @PathVariable long accountId, Actor actor, Model model) {
        Community community = pages.open(slug, actor, Action.VIEW_COMMUNITY_INSIDE, model, "members");
        Membership membership = memberships.find(community.id(), accountId)
                .orElseThrow(() -> new NotFoundException("This person is not a member of the community."));
        Account account = accounts.byId(accountId)
                .orElseThrow(() -> new NotFoundException("This person is not a member of the community."));
        model.addAttribute("membership", membership);
        model.addAttribute("person", account);
        model.addAttribute("roles", CommunityRole.values());
        model.addAttribute("suspension", memberships.suspension(community.id(), accountId).orElse(null));
        return "community/member";
    }

    @PostMapping("/c/{slug}/members/{accountId}/role")
    String changeRole(@PathVariable String slug, @PathVariable long accountId, Actor actor,
                      @RequestParam(defaultValue = "") String role, @RequestParam(defaultValue = "") String guestUntil,
                      @RequestParam(defaultValue = "") String reason, Model model, HttpServletResponse response,
                      RedirectAttributes redirect) {
        Community community = pages.open(slug, actor, Action.CHANGE_ROLE, model, "members");
        return attempt(() -> changes.changeRole(actor, community, accountId, role, guestUntil, reason),
                "Role changed.", slug, accountId, actor, model, response, redirect);
    }

    @PostMapping("/c/{slug}/members/{accountId}/focal-point")
    String focalPoint(@PathVariable String slug, @PathVariable long accountId, Actor actor,
                      @RequestParam(defaultValue = "true") boolean appoint, Model model, HttpServletResponse response,
                      RedirectAttributes redirect) {
        Community community = pages.open(slug, actor, Action.APPOINT_FOCAL_POINT, model, "members");
        return attempt(() -> changes.focalPoint(actor, community, accountId, appoint),
                appoint ? "Focal point appointed." : "Focal point duty ended.", slug, accountId, actor, model,
                response, redirect);
    }

    @PostMapping("/c/{slug}/members/{accountId}/remove")
    String remove(@PathVariable String slug, @PathVariable long accountId, Actor actor,
                  @RequestParam(defaultValue = "") String reason, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        Community community = pages.open(slug, actor, Action.REMOVE_MEMBER, model, "members");
        try {
            changes.remove(actor, community, accountId, reason);
            redirect.addFlashAttribute("notice", "Removed. The person has been told by e-mail.");
            return "redirect:/c/" + slug + "/members";
        } catch (InvalidInputException | ConflictException e) {
            return failed(e, slug, accountId, actor, model, response);
        }
    }

    /** Ends a suspension early (suspensions are decided in the moderation queue). */
    @PostMapping("/c/{slug}/members/{accountId}/suspension/end")
    String endSuspension(@PathVariable String slug, @PathVariable long accountId, Actor actor,
                         @RequestParam(defaultValue = "") String reason, Model model, HttpServletResponse response,
                         RedirectAttributes redirect) {
        Community community = pages.open(slug, actor, Action.SUSPEND_MEMBER, model, "members");
        return attempt(() -> discipline.endSuspension(actor, community.id(), accountId, reason),
                "Suspension ended.", slug, accountId, actor, model, response, redirect);
    }

    @PostMapping("/c/{slug}/leave")
    String leave(@PathVariable String slug, Actor actor, Model model, HttpServletResponse response,
                 RedirectAttributes redirect) {
        Community community = pages.open(slug, actor, Action.LEAVE_COMMUNITY, model, "about");
        try {
            changes.leave(actor, community);
            redirect.addFlashAttribute("notice", "You have left " + community.name() + ".");
            return "redirect:/c/" + slug;
        } catch (ConflictException e) {
            response.setStatus(409);
            model.addAttribute("title", "You cannot leave yet");
            model.addAttribute("message", e.getMessage());
            return "error";
        }
    }

    private String attempt(Runnable change, String notice, String slug, long accountId, Actor actor, Model model,
                           HttpServletResponse response, RedirectAttributes redirect) {
        try {
            change.run();
            redirect.addFlashAttribute("notice", notice);
            return "redirect:/c/" + slug + "/members/" + accountId;
        } catch (InvalidInputException | ConflictException e) {
            return failed(e, slug, accountId, actor, model, response);
        }
    }

    private String failed(RuntimeException e, String slug, long accountId, Actor actor, Model model,
                          HttpServletResponse response) {
        response.setStatus(e instanceof ConflictException ? 409 : 400);
        model.addAttribute("errors", e instanceof InvalidInputException invalid ? invalid.byField() : Map.of("", e.getMessage()));
        model.addAttribute("problem", e.getMessage());
        return member(slug, accountId, actor, model);
    }

    private static String clip(String value) {
        return value.length() > 60 ? value.substring(0, 60) : value.strip();
    }
}
