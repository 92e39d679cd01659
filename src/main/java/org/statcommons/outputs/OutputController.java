package org.statcommons.outputs;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.bodies.Bodies;
import org.statcommons.community.Community;
import org.statcommons.community.CommunityTab;
import org.statcommons.community.Permitted;
import org.statcommons.content.PageAddress;
import org.statcommons.content.Pages;
import org.statcommons.content.Publications;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;
import org.statcommons.platform.web.ShowFormOnError;
import org.statcommons.workstreams.Workstream;
import org.statcommons.workstreams.Workstreams;

/**
 * The members' screens of outputs: the list (and declaring one), an output's page with its stage, history, review,
 * decision, endorsement and submission, and the forms that move it on. Facilitators and a lead of the output's
 * workstream move it on; the use cases ask the policy with the lead's standing.
 */
@Controller
@CommunityTab("outputs")
class OutputController {

    /** Links of an endorsed output: the space's version and comparison screens (members), and the public view. */
    record EndorsedLinks(String version, String compare, String publicView) {}

    private final Outputs outputs;
    private final Bodies bodies;
    private final Publications publications;
    private final Pages pages;
    private final DeclareOutput declareOutput;
    private final StartReview startReview;
    private final RequestApproval requestApproval;
    private final RecordSubmission recordSubmission;
    private final OutputLeads leads;
    private final Workstreams workstreams;
    private final Clock clock;

    OutputController(
            Outputs outputs,
            Bodies bodies,
            Publications publications,
            Pages pages,
            DeclareOutput declareOutput,
            StartReview startReview,
            RequestApproval requestApproval,
            RecordSubmission recordSubmission,
            OutputLeads leads,
            Workstreams workstreams,
            Clock clock) {
        this.outputs = outputs;
        this.bodies = bodies;
        this.publications = publications;
        this.pages = pages;
        this.declareOutput = declareOutput;
        this.startReview = startReview;
        this.requestApproval = requestApproval;
        this.recordSubmission = recordSubmission;
        this.leads = leads;
        this.workstreams = workstreams;
        this.clock = clock;
    }

    @GetMapping("/c/{slug}/outputs")
    String list(
            @Permitted(Action.VIEW_COMMUNITY_INSIDE) Community community,
            @ModelAttribute("form") OutputForm form,
            Actor actor,
            Model model) {
        model.addAttribute("outputs", outputs.of(community.id()));
        List<Workstream> declarable = leads.declarable(actor, community);
        model.addAttribute("workstreams", declarable);
        model.addAttribute("mayDeclare", leads.may(actor, community, null) || !declarable.isEmpty());
        model.addAttribute("bodies", bodies.of(community));
        model.addAttribute("steeringCommittee", DeclareOutput.STEERING_COMMITTEE);
        return "outputs/list";
    }

    @PostMapping("/c/{slug}/outputs")
    @ShowFormOnError("list")
    String declare(
            @Permitted(Action.VIEW_COMMUNITY_INSIDE) Community community,
            @ModelAttribute("form") OutputForm form,
            Actor actor,
            RedirectAttributes redirect) {
        long id = declareOutput.declare(actor, community, form.output());
        redirect.addFlashAttribute("notice", Text.of("outputs.notice.declared"));
        return "redirect:" + OutputAddress.of(community.slug(), id);
    }

    @GetMapping("/c/{slug}/outputs/{id}")
    String output(
            @Permitted(Action.VIEW_COMMUNITY_INSIDE) Community community,
            @PathVariable long id,
            @ModelAttribute("form") OutputForm form,
            Actor actor,
            Model model) {
        Output output = outputs.inCommunity(community, id);
        model.addAttribute("output", output);
        model.addAttribute("mayManage", leads.may(actor, community, output.workstreamId()));
        model.addAttribute(
                "workstream",
                Optional.ofNullable(output.workstreamId())
                        .flatMap(workstreams::byId)
                        .filter(w -> w.communityId() == community.id())
                        .orElse(null));
        model.addAttribute("history", outputs.history(output.id()));
        model.addAttribute("pageHref", PageAddress.page(community.slug(), output.path()));
        model.addAttribute(
                "reviewOpen", output.reviewEndsAt() != null && clock.instant().isBefore(output.reviewEndsAt()));
        model.addAttribute(
                "decisionHref",
                output.decisionId() == null ? null : "/c/" + community.slug() + "/decisions/" + output.decisionId());
        model.addAttribute("endorsed", output.stage().endorsed() ? links(community, output) : null);
        // a calendar date as the Commission's documents give it, the same in every zone
        model.addAttribute(
                "submittedOn",
                output.submittedOn() == null ? null : output.submittedOn().toString());
        model.addAttribute("reviewDays", StartReview.DAYS_DEFAULT);
        model.addAttribute("approvalDays", RequestApproval.DAYS_DEFAULT);
        return "outputs/output";
    }

    private EndorsedLinks links(Community community, Output output) {
        String version = PageAddress.page(community.slug(), output.path()) + "?version=" + output.endorsedCommit();
        Optional<String> now = current(community, output);
        String compare = now.map(to -> UriComponentsBuilder.fromPath(
                                "/c/" + community.slug() + "/space/-/compare/" + PageAddress.encoded(output.path()))
                        .queryParam("from", output.endorsedCommit())
                        .queryParam("fromPath", output.path())
                        .queryParam("to", to)
                        .queryParam("toPath", output.path())
                        .encode()
                        .build()
                        .toUriString())
                .orElse(null);
        boolean published =
                publications.published(community.id(), output.path()).isPresent();
        return new EndorsedLinks(
                version, compare, published ? OutputAddress.endorsed(community.slug(), output.id()) : null);
    }

    /** Main's commit, when the page is still there. */
    private Optional<String> current(Community community, Output output) {
        try {
            return Optional.of(pages.read(community.id(), output.path()).commitId());
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    @PostMapping("/c/{slug}/outputs/{id}/review")
    @ShowFormOnError("output")
    String review(
            @Permitted(Action.VIEW_COMMUNITY_INSIDE) Community community,
            @PathVariable long id,
            @ModelAttribute("form") OutputForm form,
            Actor actor,
            RedirectAttributes redirect) {
        startReview.start(actor, community, id, form.dayCount());
        redirect.addFlashAttribute("notice", Text.of("outputs.notice.review"));
        return "redirect:" + OutputAddress.of(community.slug(), id);
    }

    @PostMapping("/c/{slug}/outputs/{id}/approval")
    @ShowFormOnError("output")
    String approval(
            @Permitted(Action.VIEW_COMMUNITY_INSIDE) Community community,
            @PathVariable long id,
            @ModelAttribute("form") OutputForm form,
            Actor actor,
            RedirectAttributes redirect) {
        requestApproval.request(actor, community, id, form.dayCount());
        redirect.addFlashAttribute("notice", Text.of("outputs.notice.approval"));
        return "redirect:" + OutputAddress.of(community.slug(), id);
    }

    @PostMapping("/c/{slug}/outputs/{id}/submission")
    @ShowFormOnError("output")
    String submission(
            @Permitted(Action.RECORD_OUTPUT_SUBMISSION) Community community,
            @PathVariable long id,
            @ModelAttribute("form") OutputForm form,
            Actor actor,
            RedirectAttributes redirect) {
        recordSubmission.record(actor, community, id, form.submission());
        redirect.addFlashAttribute("notice", Text.of("outputs.notice.submitted"));
        return "redirect:" + OutputAddress.of(community.slug(), id);
    }
}
