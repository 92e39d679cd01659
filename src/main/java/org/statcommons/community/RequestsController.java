package org.statcommons.community;

import java.util.ArrayList;
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
import org.statcommons.platform.Text;
import org.statcommons.platform.web.ShowFormOnError;

/** The secretariat's list of requests to join and nominations, and their decisions. */
@Controller
@CommunityTab("requests")
class RequestsController {

    private final MembershipRequests requests;
    private final Nominations nominations;
    private final InvitationRequests invitationRequests;
    private final DecideRequest decideRequest;
    private final DecideNomination decideNomination;
    private final DecideInvitationRequest decideInvitationRequest;
    private final People people;

    RequestsController(
            MembershipRequests requests,
            Nominations nominations,
            InvitationRequests invitationRequests,
            DecideRequest decideRequest,
            DecideNomination decideNomination,
            DecideInvitationRequest decideInvitationRequest,
            People people) {
        this.requests = requests;
        this.nominations = nominations;
        this.invitationRequests = invitationRequests;
        this.decideRequest = decideRequest;
        this.decideNomination = decideNomination;
        this.decideInvitationRequest = decideInvitationRequest;
        this.people = people;
    }

    /** What waits for a decision; a refused decision's note comes back on its card. */
    @GetMapping("/c/{slug}/requests")
    String list(
            @Permitted(Action.DECIDE_MEMBERSHIP) Community community,
            @ModelAttribute("form") DecisionForm form,
            Model model) {
        List<MembershipRequests.Request> pending = requests.pending(community.id());
        List<Nominations.Nomination> nominated = nominations.pending(community.id());
        List<Long> ids = new ArrayList<>();
        pending.forEach(r -> ids.add(r.accountId()));
        nominated.forEach(n -> ids.add(n.nominatedBy()));
        model.addAttribute("requests", pending);
        model.addAttribute("nominations", nominated);
        model.addAttribute("invitationRequests", invitationRequests.pending(community.id()));
        model.addAttribute("people", people.byId(ids));
        return "community/requests";
    }

    @PostMapping("/c/{slug}/requests/{id}")
    @ShowFormOnError("list")
    String decideRequest(
            @Permitted(Action.DECIDE_MEMBERSHIP) Community community,
            @PathVariable long id,
            @ModelAttribute("form") DecisionForm form,
            Actor actor,
            RedirectAttributes redirect) {
        decideRequest.decide(actor, community, id, Decision.parse(form.decision()), form.note());
        redirect.addFlashAttribute("notice", Text.of("community.notice.decided"));
        return "redirect:" + CommunityAddress.requests(community.slug());
    }

    @PostMapping("/c/{slug}/nominations/{id}")
    @ShowFormOnError("list")
    String decideNomination(
            @Permitted(Action.DECIDE_MEMBERSHIP) Community community,
            @PathVariable long id,
            @ModelAttribute("form") DecisionForm form,
            Actor actor,
            RedirectAttributes redirect) {
        Decision decision = Decision.parse(form.decision());
        decideNomination.decide(actor, community, id, decision, form.note());
        redirect.addFlashAttribute(
                "notice",
                decision.approved()
                        ? Text.of("community.notice.approved-invited")
                        : Text.of("community.notice.nomination-declined"));
        return "redirect:" + CommunityAddress.requests(community.slug());
    }

    /** A confirmed request for an invitation, from someone without an account. */
    @PostMapping("/c/{slug}/invitation-requests/{id}")
    @ShowFormOnError("list")
    String decideInvitationRequest(
            @Permitted(Action.DECIDE_MEMBERSHIP) Community community,
            @PathVariable long id,
            @ModelAttribute("form") DecisionForm form,
            Actor actor,
            RedirectAttributes redirect) {
        Decision decision = Decision.parse(form.decision());
        decideInvitationRequest.decide(actor, community, id, decision, form.note());
        redirect.addFlashAttribute(
                "notice",
                decision.approved()
                        ? Text.of("community.notice.approved-invited")
                        : Text.of("community.notice.invitation-request-declined"));
        return "redirect:" + CommunityAddress.requests(community.slug());
    }
}
