package org.statcommons.community;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
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
    record InvitationJson(long id, String email, String role, LocalDate guestUntil, String message, String state,
                          Instant createdAt, Instant expiresAt) {
    }

    record NewInvitation(String email, String role, String guestUntil, String message) {
    }

    record Acceptance(String token, boolean acceptCodeOfConduct, Integer codeOfConductVersion) {
    }

    record Accepted(String community, String role) {
    }

    private final Communities communities;
    private final Inviting inviting;
    private final Memberships memberships;

    InvitationApi(Communities communities, Inviting inviting, Memberships memberships) {
        this.memberships = memberships;
        this.communities = communities;
        this.inviting = inviting;
    }

    @GetMapping("/api/v1/communities/{slug}/invitations")
    List<InvitationJson> list(@PathVariable String slug, Actor actor) {
        return inviting.list(actor, communities.require(slug)).stream().map(InvitationApi::json).toList();
    }

    @PostMapping("/api/v1/communities/{slug}/invitations")
    ResponseEntity<InvitationJson> create(@PathVariable String slug, @RequestBody NewInvitation body, Actor actor) {
        Invitation invitation = inviting.invite(actor, communities.require(slug),
                new Inviting.Typed(body.email(), body.role(), body.guestUntil(), body.message()));
        return ResponseEntity.created(URI.create("/api/v1/communities/" + slug + "/invitations/" + invitation.id()))
                .body(json(invitation));
    }

    @DeleteMapping("/api/v1/communities/{slug}/invitations/{id}")
    ResponseEntity<Void> revoke(@PathVariable String slug, @PathVariable long id, Actor actor) {
        inviting.revoke(actor, communities.require(slug), id);
        return ResponseEntity.noContent().build();
    }

    /** The signed-in account accepts an invitation sent to its address. */
    @PostMapping("/api/v1/invitations/accept")
    Accepted accept(@RequestBody Acceptance body, HttpServletRequest request) {
        Account me = CurrentAccount.of(request).orElseThrow(() -> new NotAllowedException(Action.JOIN_COMMUNITY, false));
        Community community = inviting.accept(me, body.token(), body.acceptCodeOfConduct(), body.codeOfConductVersion());
        return new Accepted(community.slug(), memberships.find(community.id(), me.id()).orElseThrow().role().name());
    }

    private static InvitationJson json(Invitation i) {
        return new InvitationJson(i.id(), i.email(), i.role().name(), i.guestUntil(), i.message(), i.state(Instant.now()),
                i.createdAt(), i.expiresAt());
    }
}
