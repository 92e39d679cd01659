package org.statcommons.community;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.NotAllowedException;
import org.statcommons.identity.Account;
import org.statcommons.identity.CurrentAccount;

/** Invitations over JSON: send, list, revoke, and accept with the token from the e-mail. */
@RestController
class InvitationApi {

    /** An invitation as the API shows it (never its token). */
    record InvitationJson(
            long id,
            String email,
            String role,
            LocalDate guestUntil,
            String message,
            String state,
            Instant createdAt,
            Instant expiresAt) {}

    /** The token from the invitation's link, and the consent to the code of conduct. */
    record AcceptanceJson(String token, Boolean acceptCodeOfConduct, Integer codeOfConductVersion) {}

    record AcceptedJson(String community, String role) {}

    private final Invitations invitations;
    private final InviteMember inviteMember;
    private final RevokeInvitation revokeInvitation;
    private final AcceptInvitation acceptInvitation;
    private final Memberships memberships;
    private final Clock clock;

    InvitationApi(
            Invitations invitations,
            InviteMember inviteMember,
            RevokeInvitation revokeInvitation,
            AcceptInvitation acceptInvitation,
            Memberships memberships,
            Clock clock) {
        this.invitations = invitations;
        this.inviteMember = inviteMember;
        this.revokeInvitation = revokeInvitation;
        this.acceptInvitation = acceptInvitation;
        this.memberships = memberships;
        this.clock = clock;
    }

    @GetMapping("/api/v1/communities/{slug}/invitations")
    List<InvitationJson> list(@Permitted(Action.INVITE_MEMBER) Community community) {
        Instant now = clock.instant();
        return invitations.of(community.id()).stream().map(i -> json(i, now)).toList();
    }

    /** The fields as the screen's form names them: {@code email}, {@code role}, {@code guestUntil}, {@code message}. */
    @PostMapping("/api/v1/communities/{slug}/invitations")
    ResponseEntity<InvitationJson> create(
            @Permitted(Action.INVITE_MEMBER) Community community,
            @RequestBody(required = false) InvitationForm body,
            Actor actor) {
        InvitationForm form = body == null ? new InvitationForm(null, null, null, null, null) : body;
        Invitation invitation = inviteMember.invite(actor, community, form.command(LocalDate.now(clock)));
        return ResponseEntity.created(
                        URI.create("/api/v1/communities/" + community.slug() + "/invitations/" + invitation.id()))
                .body(json(invitation, clock.instant()));
    }

    @DeleteMapping("/api/v1/communities/{slug}/invitations/{id}")
    ResponseEntity<Void> revoke(
            @Permitted(Action.INVITE_MEMBER) Community community, @PathVariable long id, Actor actor) {
        revokeInvitation.revoke(actor, community, id);
        return ResponseEntity.noContent().build();
    }

    /** The signed-in account accepts an invitation sent to its address. */
    @PostMapping("/api/v1/invitations/accept")
    AcceptedJson accept(@RequestBody AcceptanceJson body, HttpServletRequest request) {
        Account me =
                CurrentAccount.of(request).orElseThrow(() -> new NotAllowedException(Action.JOIN_COMMUNITY, false));
        Community community = acceptInvitation.accept(
                me, body.token(), new ConductConsent(body.acceptCodeOfConduct(), body.codeOfConductVersion()));
        return new AcceptedJson(
                community.slug(),
                memberships.find(community.id(), me.id()).orElseThrow().role().name());
    }

    private static InvitationJson json(Invitation i, Instant now) {
        return new InvitationJson(
                i.id(),
                i.email(),
                i.role().name(),
                i.guestUntil(),
                i.message(),
                i.state(now),
                i.createdAt(),
                i.expiresAt());
    }
}
