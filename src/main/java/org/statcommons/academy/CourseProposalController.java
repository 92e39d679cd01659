package org.statcommons.academy;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.community.Community;
import org.statcommons.community.CommunityTab;
import org.statcommons.community.Permitted;
import org.statcommons.content.Author;
import org.statcommons.content.CourseProposal;
import org.statcommons.content.CourseProposals;
import org.statcommons.content.SaveResult;
import org.statcommons.platform.Text;
import org.statcommons.platform.web.ShowFormOnError;

/**
 * A course's proposals: the original's changes proposed in a fork (one click), a fork's changes proposed to its
 * original, the list, one proposal with its files and its conflicts with main, resolved in the browser, merged by the
 * course's maintainers or closed.
 */
@Controller
@CommunityTab("courses")
class CourseProposalController {

    private final CourseProposalPresenter presenter;
    private final CoursePresenter courses;
    private final ProposeUpstreamChanges upstream;
    private final ContributeToOriginal contribute;
    private final MergeCourseProposal mergeProposal;
    private final ResolveCourseConflicts resolveConflicts;
    private final CloseCourseProposal closeProposal;

    CourseProposalController(
            CourseProposalPresenter presenter,
            CoursePresenter courses,
            ProposeUpstreamChanges upstream,
            ContributeToOriginal contribute,
            MergeCourseProposal mergeProposal,
            ResolveCourseConflicts resolveConflicts,
            CloseCourseProposal closeProposal) {
        this.presenter = presenter;
        this.courses = courses;
        this.upstream = upstream;
        this.contribute = contribute;
        this.mergeProposal = mergeProposal;
        this.resolveConflicts = resolveConflicts;
        this.closeProposal = closeProposal;
    }

    @PostMapping("/c/{slug}/courses/{course}/upstream")
    @ShowFormOnError("list")
    String proposeUpstream(
            @Permitted(Action.MAINTAIN_COURSES) Community community,
            @PathVariable String course,
            Actor actor,
            Author author,
            RedirectAttributes redirect) {
        CourseProposal proposal = upstream.propose(actor, community, course, author);
        redirect.addFlashAttribute("notice", Text.of("academy.proposal.notice.opened"));
        return "redirect:" + CourseAddress.proposal(community.slug(), course, proposal.id());
    }

    @PostMapping("/c/{slug}/courses/{course}/contribute")
    @ShowFormOnError("list")
    String contribute(
            @Permitted(Action.EDIT_COURSES) Community community,
            @PathVariable String course,
            Actor actor,
            Author author,
            RedirectAttributes redirect) {
        ContributeToOriginal.Contributed contributed = contribute.contribute(actor, community, course, author);
        redirect.addFlashAttribute("notice", Text.of("academy.proposal.notice.opened"));
        return "redirect:"
                + CourseAddress.proposal(
                        contributed.origin().community().slug(),
                        contributed.origin().course().name(),
                        contributed.proposal().id());
    }

    @GetMapping("/c/{slug}/courses/{course}/proposals")
    String list(
            @Permitted(Action.VIEW_COMMUNITY_LANDING) Community community,
            @PathVariable String course,
            Actor actor,
            Model model) {
        CourseView view = courses.course(actor, community, course);
        model.addAttribute("view", view);
        model.addAttribute("proposals", presenter.list(view));
        return "academy/proposals";
    }

    @GetMapping("/c/{slug}/courses/{course}/proposals/{id}")
    String show(
            @Permitted(Action.VIEW_COMMUNITY_LANDING) Community community,
            @PathVariable String course,
            @PathVariable long id,
            Actor actor,
            Model model) {
        CourseProposalView shown = presenter.proposal(actor, community, course, id);
        model.addAttribute("view", shown.course());
        model.addAttribute("shown", shown);
        return "academy/proposal";
    }

    @PostMapping("/c/{slug}/courses/{course}/proposals/{id}/merge")
    String merge(
            @Permitted(Action.VIEW_COMMUNITY_LANDING) Community community,
            @PathVariable String course,
            @PathVariable long id,
            Actor actor,
            Author author,
            RedirectAttributes redirect) {
        SaveResult result = mergeProposal.merge(actor, community, course, id, author);
        if (result instanceof SaveResult.Conflicted conflicted) {
            redirect.addFlashAttribute("notice", conflicted.reason());
        } else {
            redirect.addFlashAttribute("notice", Text.of("academy.proposal.notice.merged"));
        }
        return "redirect:" + CourseAddress.proposal(community.slug(), course, id);
    }

    /** The conflicting files' texts come as {@code path-N} and {@code file-N}, one pair per file. */
    @PostMapping("/c/{slug}/courses/{course}/proposals/{id}/resolve")
    @ShowFormOnError("show")
    String resolve(
            @Permitted(Action.VIEW_COMMUNITY_LANDING) Community community,
            @PathVariable String course,
            @PathVariable long id,
            HttpServletRequest request,
            Actor actor,
            Author author,
            RedirectAttributes redirect) {
        Map<String, String> kept = new LinkedHashMap<>();
        for (int i = 0; i < CourseProposals.MAX_CONFLICTS; i++) {
            String path = request.getParameter("path-" + i);
            String text = request.getParameter("file-" + i);
            if (path != null && text != null) {
                kept.put(path, text);
            }
        }
        resolveConflicts.resolve(actor, community, course, id, kept, author);
        redirect.addFlashAttribute("notice", Text.of("academy.proposal.notice.resolved"));
        return "redirect:" + CourseAddress.proposal(community.slug(), course, id);
    }

    @PostMapping("/c/{slug}/courses/{course}/proposals/{id}/close")
    String close(
            @Permitted(Action.VIEW_COMMUNITY_LANDING) Community community,
            @PathVariable String course,
            @PathVariable long id,
            Actor actor,
            Author author,
            RedirectAttributes redirect) {
        closeProposal.close(actor, community, course, id, author);
        redirect.addFlashAttribute("notice", Text.of("academy.proposal.notice.closed"));
        return "redirect:" + CourseAddress.proposal(community.slug(), course, id);
    }
}
