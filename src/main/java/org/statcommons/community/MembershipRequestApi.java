package org.statcommons.community;

import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;

/** Requests to join over JSON: asking, the secretariat's list of pending requests, and its decision. */
@RestController
@RequestMapping("/api/v1/communities/{slug}/membership-requests")
class MembershipRequestApi {

    record RequestJson(String motivation, Boolean acceptCodeOfConduct, Integer codeOfConductVersion) {

        ConductConsent consent() {
            return new ConductConsent(acceptCodeOfConduct, codeOfConductVersion);
        }
    }

    record RequestedJson(long id, String status) {}

    record PendingJson(long id, long accountId, String motivation, Instant createdAt) {}

    /** {@code decision}: {@code approve} or {@code decline}; {@code message} is e-mailed to the person. */
    record DecisionJson(String decision, String message) {}

    private final MembershipRequests requests;
    private final RequestMembership requestMembership;
    private final DecideRequest decideRequest;

    MembershipRequestApi(
            MembershipRequests requests, RequestMembership requestMembership, DecideRequest decideRequest) {
        this.requests = requests;
        this.requestMembership = requestMembership;
        this.decideRequest = decideRequest;
    }

    @PostMapping
    ResponseEntity<RequestedJson> request(
            @Permitted(Action.REQUEST_MEMBERSHIP) Community community, @RequestBody RequestJson body, Actor actor) {
        long id = requestMembership.request(actor, community, body.motivation(), body.consent());
        return ResponseEntity.status(HttpStatus.CREATED).body(new RequestedJson(id, "PENDING"));
    }

    @GetMapping
    List<PendingJson> pending(@Permitted(Action.DECIDE_MEMBERSHIP) Community community) {
        return requests.pending(community.id()).stream()
                .map(r -> new PendingJson(r.id(), r.accountId(), r.motivation(), r.createdAt()))
                .toList();
    }

    @PostMapping("/{id}/decision")
    ResponseEntity<Void> decide(
            @Permitted(Action.DECIDE_MEMBERSHIP) Community community,
            @PathVariable long id,
            @RequestBody DecisionJson body,
            Actor actor) {
        decideRequest.decide(actor, community, id, Decision.parse(body.decision()), body.message());
        return ResponseEntity.noContent().build();
    }
}
