package org.statcommons.community;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.CommunityRole;
import org.statcommons.platform.Text;
import org.statcommons.platform.web.ShowFormOnError;

/** The invitations a community has sent, sending one and withdrawing one. */
@Controller
@CommunityTab("invitations")
class InvitationController {

    private final Invitations invitations;
    private final InviteMember inviteMember;
    private final RevokeInvitation revokeInvitation;
    private final People people;
    private final Clock clock;

    InvitationController(
            Invitations invitations,
            InviteMember inviteMember,
            RevokeInvitation revokeInvitation,
            People people,
            Clock clock) {
        this.invitations = invitations;
        this.inviteMember = inviteMember;
        this.revokeInvitation = revokeInvitation;
        this.people = people;
        this.clock = clock;
    }

    /** The invitations sent, with the form to send one: blank, or as typed when refused. */
    @GetMapping("/c/{slug}/invitations")
    String list(
            @Permitted(Action.INVITE_MEMBER) Community community,
            @ModelAttribute("form") InvitationForm form,
            Model model) {
        List<Invitation> sent = invitations.of(community.id());
        model.addAttribute("invitations", sent);
        model.addAttribute(
                "people", people.byId(sent.stream().map(Invitation::invitedBy).toList()));
        model.addAttribute("now", clock.instant());
        model.addAttribute("form", form.typed() ? form : InvitationForm.blank());
        model.addAttribute("roles", CommunityRole.values());
        return "community/invitations";
    }

    @PostMapping("/c/{slug}/invitations")
    @ShowFormOnError("list")
    String invite(
            @Permitted(Action.INVITE_MEMBER) Community community,
            @ModelAttribute("form") InvitationForm form,
            Actor actor,
            RedirectAttributes redirect) {
        Invitation invitation = inviteMember.invite(actor, community, form.command(LocalDate.now(clock)));
        Instant earlier = invitations
                .pendingSince(community.id(), List.of(invitation.email()), clock.instant())
                .get(invitation.email());
        redirect.addFlashAttribute(
                "notice",
                earlier == null || !earlier.isBefore(invitation.createdAt())
                        ? Text.of("community.notice.invited", invitation.email())
                        : Text.of("community.notice.invited-again", invitation.email()));
        return "redirect:" + CommunityAddress.invitations(community.slug());
    }

    @PostMapping("/c/{slug}/invitations/{id}/revoke")
    String revoke(
            @Permitted(Action.INVITE_MEMBER) Community community,
            @PathVariable long id,
            Actor actor,
            RedirectAttributes redirect) {
        revokeInvitation.revoke(actor, community, id);
        redirect.addFlashAttribute("notice", Text.of("community.notice.invitation-withdrawn"));
        return "redirect:" + CommunityAddress.invitations(community.slug());
    }
}
