package org.statcommons.community;

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
import org.statcommons.access.Permissions;
import org.statcommons.identity.Account;
import org.statcommons.identity.Accounts;

/** Memberships over JSON: list, join, ask to join, decide requests, leave, change role, remove. */
@RestController
@RequestMapping("/api/v1/communities/{slug}")
class MembershipApi {

    /** A member as the API shows them. */
    record MemberJson(long accountId, String name, String organisation, String organisationKind, String country,
                      String role, LocalDate guestUntil, String focalPointCountry, int codeOfConductVersion,
                      Instant joinedAt) {
    }

    record JoinJson(boolean acceptCodeOfConduct, Integer codeOfConductVersion) {
    }

    record RequestJson(String motivation, boolean acceptCodeOfConduct, Integer codeOfConductVersion) {
    }

    record RequestView(long id, long accountId, String motivation, Instant createdAt) {
    }

    record DecisionJson(String decision, String message) {
    }

    record RoleJson(String role, String guestUntil, String reason) {
    }

    record ReasonJson(String reason) {
    }

    private final Communities communities;
    private final Permissions permissions;
    private final Memberships memberships;
    private final Accounts accounts;
    private final Joining joining;
    private final MemberChanges changes;

    MembershipApi(Communities communities, Permissions permissions, Memberships memberships, Accounts accounts,
                  Joining joining, MemberChanges changes) {
        this.communities = communities;
        this.permissions = permissions;
        this.memberships = memberships;
        this.accounts = accounts;
        this.joining = joining;
        this.changes = changes;
    }

    @GetMapping("/memberships")
    List<MemberJson> list(@PathVariable String slug, Actor actor) {
        Community community = communities.require(slug);
        permissions.require(actor, Action.VIEW_COMMUNITY_INSIDE, community.id());
        List<Membership> members = memberships.of(community.id());
        Map<Long, Account> profiles = accounts.byIds(members.stream().map(Membership::accountId).toList()).stream()
                .collect(Collectors.toMap(Account::id, Function.identity()));
        return members.stream().filter(m -> profiles.containsKey(m.accountId()))
                .map(m -> json(m, profiles.get(m.accountId()))).toList();
    }

    @PostMapping("/memberships")
    ResponseEntity<MemberJson> join(@PathVariable String slug, @RequestBody JoinJson body, Actor actor) {
        Community community = communities.require(slug);
        joining.join(actor, community, body.acceptCodeOfConduct(), body.codeOfConductVersion());
        return ResponseEntity.status(HttpStatus.CREATED).body(me(community, actor));
    }

    @PostMapping("/membership-requests")
    ResponseEntity<Map<String, Object>> request(@PathVariable String slug, @RequestBody RequestJson body, Actor actor) {
        Community community = communities.require(slug);
        long id = joining.request(actor, community, body.motivation(), body.acceptCodeOfConduct(), body.codeOfConductVersion());
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", id, "status", "PENDING"));
    }

    @GetMapping("/membership-requests")
    List<RequestView> requests(@PathVariable String slug, Actor actor) {
        Community community = communities.require(slug);
        return joining.pending(actor, community).stream()
                .map(r -> new RequestView(r.id(), r.accountId(), r.motivation(), r.createdAt())).toList();
    }

    @PostMapping("/membership-requests/{id}/decision")
    ResponseEntity<Void> decide(@PathVariable String slug, @PathVariable long id, @RequestBody DecisionJson body,
                                Actor actor) {
        Community community = communities.require(slug);
        boolean approve = "approve".equals(body.decision());
        if (!approve && !"decline".equals(body.decision())) {
            throw new org.statcommons.platform.InvalidInputException("decision", "decision must be 'approve' or 'decline'.");
        }
        joining.decide(actor, community, id, approve, body.message());
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/memberships/me")
    ResponseEntity<Void> leave(@PathVariable String slug, Actor actor) {
        changes.leave(actor, communities.require(slug));
        return ResponseEntity.noContent().build();
    }

    @PatchMapping("/memberships/{accountId}")
    MemberJson changeRole(@PathVariable String slug, @PathVariable long accountId, @RequestBody RoleJson body,
                          Actor actor) {
        Community community = communities.require(slug);
        changes.changeRole(actor, community, accountId, body.role(), body.guestUntil(), body.reason());
        return json(memberships.find(community.id(), accountId).orElseThrow(), accounts.byId(accountId).orElseThrow());
    }

    @DeleteMapping("/memberships/{accountId}")
    ResponseEntity<Void> remove(@PathVariable String slug, @PathVariable long accountId,
                                @RequestBody(required = false) ReasonJson body, Actor actor) {
        changes.remove(actor, communities.require(slug), accountId, body == null ? "" : body.reason());
        return ResponseEntity.noContent().build();
    }

    private MemberJson me(Community community, Actor actor) {
        return json(memberships.find(community.id(), actor.accountId()).orElseThrow(),
                accounts.byId(actor.accountId()).orElseThrow());
    }

    static MemberJson json(Membership m, Account a) {
        return new MemberJson(a.id(), a.displayName(), a.organisation(), a.organisationKind().name(), a.country(),
                m.role().name(), m.guestUntil(), m.focalPointCountry(), m.conductVersion(), m.joinedAt());
    }
}
