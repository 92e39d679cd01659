package org.statcommons.workstreams;

import java.util.Comparator;
import java.util.List;
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
import org.statcommons.access.Permissions;
import org.statcommons.bodies.Bodies;
import org.statcommons.community.Community;
import org.statcommons.community.CommunityTab;
import org.statcommons.community.ListedSection;
import org.statcommons.community.MemberPicker;
import org.statcommons.community.Permitted;
import org.statcommons.platform.Text;
import org.statcommons.platform.web.ShowFormOnError;

/**
 * A community's workstreams: the list (with the reports due and overdue), the proposal form, and a workstream's
 * screen with what its leads do there: submit it to a body, add people, record reports, start and close it. Members
 * and guests read them; what a lead does is asked of the policy with the lead's standing, in the use cases.
 */
@Controller
@CommunityTab("workstreams")
class WorkstreamController {

    private final Workstreams workstreams;
    private final WorkstreamPresenter presenter;
    private final ProposeWorkstream proposeWorkstream;
    private final SubmitWorkstream submitWorkstream;
    private final AddToWorkstream addToWorkstream;
    private final SubmitReport submitReport;
    private final AdvanceWorkstream advanceWorkstream;
    private final Bodies bodies;
    private final MemberPicker picker;
    private final LeadChecker leadChecker;
    private final Permissions permissions;
    private final ObjectProvider<WorkstreamContent> contents;

    WorkstreamController(
            Workstreams workstreams,
            WorkstreamPresenter presenter,
            ProposeWorkstream proposeWorkstream,
            SubmitWorkstream submitWorkstream,
            AddToWorkstream addToWorkstream,
            SubmitReport submitReport,
            AdvanceWorkstream advanceWorkstream,
            Bodies bodies,
            MemberPicker picker,
            LeadChecker leadChecker,
            Permissions permissions,
            ObjectProvider<WorkstreamContent> contents) {
        this.workstreams = workstreams;
        this.presenter = presenter;
        this.proposeWorkstream = proposeWorkstream;
        this.submitWorkstream = submitWorkstream;
        this.addToWorkstream = addToWorkstream;
        this.submitReport = submitReport;
        this.advanceWorkstream = advanceWorkstream;
        this.bodies = bodies;
        this.picker = picker;
        this.leadChecker = leadChecker;
        this.permissions = permissions;
        this.contents = contents;
    }

    @GetMapping("/c/{slug}/workstreams")
    String list(@Permitted(Action.VIEW_COMMUNITY_INSIDE) Community community, Model model) {
        model.addAttribute("workstreams", presenter.list(community));
        return "workstreams/list";
    }

    @GetMapping("/c/{slug}/workstreams/new")
    String proposal(
            @Permitted(Action.PROPOSE_WORKSTREAM) Community community,
            @ModelAttribute("form") NewWorkstream form,
            Model model) {
        if (form.durationMonths().isEmpty() && form.reportEveryMonths().isEmpty()) {
            model.addAttribute("form", new NewWorkstream(form.title(), form.objectives(), "12", "6"));
        }
        return "workstreams/new";
    }

    @PostMapping("/c/{slug}/workstreams")
    @ShowFormOnError("proposal")
    String propose(
            @Permitted(Action.PROPOSE_WORKSTREAM) Community community,
            @ModelAttribute("form") NewWorkstream form,
            Actor actor,
            RedirectAttributes redirect) {
        long id = proposeWorkstream.propose(actor, community, form);
        redirect.addFlashAttribute("notice", Text.of("workstreams.notice.proposed"));
        return "redirect:" + WorkstreamAddress.of(community.slug(), id);
    }

    @GetMapping("/c/{slug}/workstreams/{id}")
    String workstream(
            @Permitted(Action.VIEW_COMMUNITY_INSIDE) Community community,
            @PathVariable long id,
            @ModelAttribute("approval") ApprovalRequest approval,
            @ModelAttribute("report") NewReport report,
            @RequestParam(defaultValue = "") String person,
            Actor actor,
            Model model) {
        WorkstreamPresenter.WorkstreamView view =
                presenter.view(actor, community, workstreams.inCommunity(community, id));
        model.addAttribute("view", view);
        model.addAttribute(
                "sections",
                contents.stream()
                        .flatMap(c -> c.section(actor, community, view.workstream()).stream())
                        .sorted(Comparator.comparingInt(ListedSection::order))
                        .toList());
        model.addAttribute("bodies", view.leads() ? bodies.of(community) : List.of());
        model.addAttribute("chooseKind", permissions.may(actor, Action.MANAGE_WORKPLANS, community.id()));
        model.addAttribute("person", person);
        // the names suggested are the workstream's own people (a part to change), then the first members
        model.addAttribute(
                "candidates",
                view.leads()
                        ? picker.suggestions(
                                community.id(),
                                MemberPicker.Among.MEMBERS,
                                view.people().stream()
                                        .map(p -> p.account().id())
                                        .toList(),
                                person)
                        : List.of());
        return "workstreams/workstream";
    }

    @PostMapping("/c/{slug}/workstreams/{id}/submit")
    @ShowFormOnError("workstream")
    String submit(
            @Permitted(Action.VIEW_COMMUNITY_INSIDE) Community community,
            @PathVariable long id,
            @ModelAttribute("approval") ApprovalRequest approval,
            Actor actor,
            RedirectAttributes redirect) {
        submitWorkstream.submit(actor, community, id, approval);
        redirect.addFlashAttribute("notice", Text.of("workstreams.notice.submitted"));
        return "redirect:" + WorkstreamAddress.of(community.slug(), id);
    }

    @PostMapping("/c/{slug}/workstreams/{id}/people")
    @ShowFormOnError("workstream")
    String addPerson(
            @Permitted(Action.VIEW_COMMUNITY_INSIDE) Community community,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String person,
            @RequestParam(defaultValue = "") String part,
            Actor actor,
            RedirectAttributes redirect) {
        // only a lead learns whether a typed name is a member's
        leadChecker.require(actor, community, id);
        long accountId = picker.pick(community.id(), MemberPicker.Among.MEMBERS, "person", person, true);
        addToWorkstream.add(actor, community, id, accountId, part);
        redirect.addFlashAttribute("notice", Text.of("workstreams.notice.person-added"));
        return "redirect:" + WorkstreamAddress.of(community.slug(), id);
    }

    @PostMapping("/c/{slug}/workstreams/{id}/people/{accountId}/remove")
    String removePerson(
            @Permitted(Action.VIEW_COMMUNITY_INSIDE) Community community,
            @PathVariable long id,
            @PathVariable long accountId,
            Actor actor,
            RedirectAttributes redirect) {
        addToWorkstream.remove(actor, community, id, accountId);
        redirect.addFlashAttribute("notice", Text.of("workstreams.notice.person-removed"));
        return "redirect:" + WorkstreamAddress.of(community.slug(), id);
    }

    @PostMapping("/c/{slug}/workstreams/{id}/reports")
    @ShowFormOnError("workstream")
    String report(
            @Permitted(Action.VIEW_COMMUNITY_INSIDE) Community community,
            @PathVariable long id,
            @ModelAttribute("report") NewReport report,
            Actor actor,
            RedirectAttributes redirect) {
        submitReport.submit(actor, community, id, report);
        redirect.addFlashAttribute("notice", Text.of("workstreams.notice.reported"));
        return "redirect:" + WorkstreamAddress.of(community.slug(), id);
    }

    @PostMapping("/c/{slug}/workstreams/{id}/start")
    String start(
            @Permitted(Action.VIEW_COMMUNITY_INSIDE) Community community,
            @PathVariable long id,
            Actor actor,
            RedirectAttributes redirect) {
        advanceWorkstream.advance(actor, community, id, WorkstreamStatus.ACTIVE);
        redirect.addFlashAttribute("notice", Text.of("workstreams.notice.started"));
        return "redirect:" + WorkstreamAddress.of(community.slug(), id);
    }

    @PostMapping("/c/{slug}/workstreams/{id}/close")
    String close(
            @Permitted(Action.VIEW_COMMUNITY_INSIDE) Community community,
            @PathVariable long id,
            Actor actor,
            RedirectAttributes redirect) {
        advanceWorkstream.advance(actor, community, id, WorkstreamStatus.CLOSED);
        redirect.addFlashAttribute("notice", Text.of("workstreams.notice.closed"));
        return "redirect:" + WorkstreamAddress.of(community.slug(), id);
    }
}
