package org.statcommons.community;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.identity.Account;
import org.statcommons.identity.Accounts;

/** Memberships over JSON: list, join, leave, change role, remove ({@link MembershipRequestApi}: asking to join). */
@RestController
@RequestMapping("/api/v1/communities/{slug}")
class MembershipApi {

    /** A member as the API shows them. */
    record MemberJson(
            long accountId,
            String name,
            String organisation,
            String organisationKind,
            String country,
            String role,
            LocalDate guestUntil,
            String focalPointCountry,
            int codeOfConductVersion,
            Instant joinedAt) {}

    record JoinJson(Boolean acceptCodeOfConduct, Integer codeOfConductVersion) {

        ConductConsent consent() {
            return new ConductConsent(acceptCodeOfConduct, codeOfConductVersion);
        }
    }

    record ReasonJson(String reason) {}

    private final Memberships memberships;
    private final Accounts accounts;
    private final JoinCommunity joinCommunity;
    private final LeaveCommunity leaveCommunity;
    private final ChangeRole changeRole;
    private final RemoveMember removeMember;
    private final Clock clock;

    MembershipApi(
            Memberships memberships,
            Accounts accounts,
            JoinCommunity joinCommunity,
            LeaveCommunity leaveCommunity,
            ChangeRole changeRole,
            RemoveMember removeMember,
            Clock clock) {
        this.memberships = memberships;
        this.accounts = accounts;
        this.joinCommunity = joinCommunity;
        this.leaveCommunity = leaveCommunity;
        this.changeRole = changeRole;
        this.removeMember = removeMember;
        this.clock = clock;
    }

    @GetMapping("/memberships")
    List<MemberJson> list(@Permitted(Action.VIEW_COMMUNITY_INSIDE) Community community) {
        List<Membership> members = memberships.of(community.id());
        Map<Long, Account> profiles = accounts
                .byIds(members.stream().map(Membership::accountId).toList())
                .stream()
                .collect(Collectors.toMap(Account::id, Function.identity()));
        return members.stream()
                .filter(m -> profiles.containsKey(m.accountId()))
                .map(m -> json(m, profiles.get(m.accountId())))
                .toList();
    }

    @PostMapping("/memberships")
    ResponseEntity<MemberJson> join(
            @Permitted(Action.JOIN_COMMUNITY) Community community, @RequestBody JoinJson body, Actor actor) {
        joinCommunity.join(actor, community, body.consent());
        return ResponseEntity.status(HttpStatus.CREATED).body(member(community, actor.accountId()));
    }

    @DeleteMapping("/memberships/me")
    ResponseEntity<Void> leave(@Permitted(Action.LEAVE_COMMUNITY) Community community, Actor actor) {
        leaveCommunity.leave(actor, community);
        return ResponseEntity.noContent().build();
    }

    /** The fields as the member screen's form names them: {@code role}, {@code guestUntil}, {@code reason}. */
    @PatchMapping("/memberships/{accountId}")
    MemberJson changeRole(
            @Permitted(Action.CHANGE_ROLE) Community community,
            @PathVariable long accountId,
            @RequestBody RoleForm body,
            Actor actor) {
        changeRole.change(actor, community, accountId, body.change(LocalDate.now(clock)));
        return member(community, accountId);
    }

    @DeleteMapping("/memberships/{accountId}")
    ResponseEntity<Void> remove(
            @Permitted(Action.REMOVE_MEMBER) Community community,
            @PathVariable long accountId,
            @RequestBody(required = false) ReasonJson body,
            Actor actor) {
        removeMember.remove(actor, community, accountId, body == null ? "" : body.reason());
        return ResponseEntity.noContent().build();
    }

    private MemberJson member(Community community, long accountId) {
        return json(
                memberships.find(community.id(), accountId).orElseThrow(),
                accounts.byId(accountId).orElseThrow());
    }

    private static MemberJson json(Membership m, Account a) {
        return new MemberJson(
                a.id(),
                a.displayName(),
                a.organisation(),
                a.organisationKind().name(),
                a.country(),
                m.role().name(),
                m.guestUntil(),
                m.focalPointCountry(),
                m.conductVersion(),
                m.joinedAt());
    }
}
