package org.statcommons.community;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import org.springframework.beans.factory.ObjectProvider;
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
import org.statcommons.access.CommunityRole;
import org.statcommons.identity.Accounts;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;
import org.statcommons.platform.web.ShowFormOnError;

/**
 * The member directory, and one member's screen with what the secretariat may change there: role, focal point
 * duty, suspension, removal. A refused change comes back on the member's screen with its message.
 */
@Controller
@CommunityTab("members")
class MembersController {

    private final MemberDirectoryPresenter directory;
    private final Memberships memberships;
    private final Accounts accounts;
    private final ChangeRole changeRole;
    private final AppointFocalPoint appointFocalPoint;
    private final RemoveMember removeMember;
    private final SuspendMember suspendMember;
    private final Clock clock;
    private final ObjectProvider<MembersContent> contents;

    MembersController(
            MemberDirectoryPresenter directory,
            Memberships memberships,
            Accounts accounts,
            ChangeRole changeRole,
            AppointFocalPoint appointFocalPoint,
            RemoveMember removeMember,
            SuspendMember suspendMember,
            Clock clock,
            ObjectProvider<MembersContent> contents) {
        this.directory = directory;
        this.memberships = memberships;
        this.accounts = accounts;
        this.changeRole = changeRole;
        this.appointFocalPoint = appointFocalPoint;
        this.removeMember = removeMember;
        this.suspendMember = suspendMember;
        this.clock = clock;
        this.contents = contents;
    }

    @GetMapping("/c/{slug}/members")
    String directory(
            @Permitted(Action.VIEW_COMMUNITY_INSIDE) Community community,
            @RequestParam(defaultValue = "") String country,
            @RequestParam(defaultValue = "") String kind,
            @RequestParam(defaultValue = "") String role,
            Actor actor,
            Model model) {
        MemberDirectoryPresenter.Filter filter =
                new MemberDirectoryPresenter.Filter(clip(country), clip(kind), clip(role));
        model.addAttribute("filter", filter);
        model.addAttribute("result", directory.present(community, filter));
        model.addAttribute(
                "grouped",
                contents.stream()
                        .flatMap(content -> content.inDirectory(actor, community).stream())
                        .sorted(Comparator.comparingInt(GroupedSection::order))
                        .toList());
        return "community/members";
    }

    /**
     * A member's screen. When a change was refused, {@code form} holds what was typed: the role form's fields
     * (it always sends a role) or the reason given to remove the member or end a suspension.
     */
    @GetMapping("/c/{slug}/members/{accountId}")
    String member(
            @Permitted(Action.VIEW_COMMUNITY_INSIDE) Community community,
            @PathVariable long accountId,
            @ModelAttribute("form") RoleForm form,
            Model model) {
        Membership membership = memberships.inCommunity(community, accountId);
        model.addAttribute("membership", membership);
        model.addAttribute(
                "person",
                accounts.byId(accountId).orElseThrow(() -> new NotFoundException(Text.of("community.not-member"))));
        model.addAttribute("roles", CommunityRole.values());
        model.addAttribute(
                "suspension", memberships.suspension(community.id(), accountId).orElse(null));
        return "community/member";
    }

    @PostMapping("/c/{slug}/members/{accountId}/role")
    @ShowFormOnError("member")
    String changeRole(
            @Permitted(Action.CHANGE_ROLE) Community community,
            @PathVariable long accountId,
            @ModelAttribute("form") RoleForm form,
            Actor actor,
            RedirectAttributes redirect) {
        changeRole.change(actor, community, accountId, form.change(LocalDate.now(clock)));
        return done(redirect, Text.of("community.notice.role-changed"), community, accountId);
    }

    @PostMapping("/c/{slug}/members/{accountId}/focal-point")
    @ShowFormOnError("member")
    String focalPoint(
            @Permitted(Action.APPOINT_FOCAL_POINT) Community community,
            @PathVariable long accountId,
            @RequestParam(defaultValue = "true") boolean appoint,
            Actor actor,
            RedirectAttributes redirect) {
        appointFocalPoint.appoint(actor, community, accountId, appoint);
        return done(
                redirect,
                appoint
                        ? Text.of("community.notice.focal-point-appointed")
                        : Text.of("community.notice.focal-point-ended"),
                community,
                accountId);
    }

    @PostMapping("/c/{slug}/members/{accountId}/remove")
    @ShowFormOnError("member")
    String remove(
            @Permitted(Action.REMOVE_MEMBER) Community community,
            @PathVariable long accountId,
            @RequestParam(defaultValue = "") String reason,
            Actor actor,
            RedirectAttributes redirect) {
        removeMember.remove(actor, community, accountId, reason);
        redirect.addFlashAttribute("notice", Text.of("community.notice.member-removed"));
        return "redirect:" + CommunityAddress.members(community.slug());
    }

    /** Ends a suspension early (suspensions are decided in the moderation queue). */
    @PostMapping("/c/{slug}/members/{accountId}/suspension/end")
    @ShowFormOnError("member")
    String endSuspension(
            @Permitted(Action.SUSPEND_MEMBER) Community community,
            @PathVariable long accountId,
            @RequestParam(defaultValue = "") String reason,
            Actor actor,
            RedirectAttributes redirect) {
        suspendMember.endSuspension(actor, community.id(), accountId, reason);
        return done(redirect, Text.of("community.notice.suspension-ended"), community, accountId);
    }

    private static String done(RedirectAttributes redirect, Text notice, Community community, long accountId) {
        redirect.addFlashAttribute("notice", notice);
        return "redirect:" + CommunityAddress.member(community.slug(), accountId);
    }

    private static String clip(String value) {
        return value.length() > 60 ? value.substring(0, 60) : value.strip();
    }
}
