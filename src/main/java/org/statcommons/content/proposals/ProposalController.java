package org.statcommons.content.proposals;

import java.util.Map;
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
import org.statcommons.community.Community;
import org.statcommons.community.CommunityTab;
import org.statcommons.community.Permitted;
import org.statcommons.content.Author;
import org.statcommons.content.PageEdit;
import org.statcommons.content.Pages;
import org.statcommons.content.SaveResult;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.Markdown;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.web.ShowFormOnError;

/**
 * Proposals on the web: the list ({@code /c/{slug}/proposals}), proposing a page edit, and a proposal's
 * page with its changes, history and the review actions the person may take.
 */
@Controller
@CommunityTab("space")
class ProposalController {

    private final ProposalPresenter presenter;
    private final Proposals proposals;
    private final ProposalChecker checker;
    private final ProposeChange proposeChange;
    private final CommentOnProposal commentOnProposal;
    private final ReviewProposal reviewProposal;
    private final MergeProposal mergeProposal;
    private final CloseProposal closeProposal;
    private final Pages pages;
    private final Markdown markdown;

    ProposalController(
            ProposalPresenter presenter,
            Proposals proposals,
            ProposalChecker checker,
            ProposeChange proposeChange,
            CommentOnProposal commentOnProposal,
            ReviewProposal reviewProposal,
            MergeProposal mergeProposal,
            CloseProposal closeProposal,
            Pages pages,
            Markdown markdown) {
        this.presenter = presenter;
        this.proposals = proposals;
        this.checker = checker;
        this.proposeChange = proposeChange;
        this.commentOnProposal = commentOnProposal;
        this.reviewProposal = reviewProposal;
        this.mergeProposal = mergeProposal;
        this.closeProposal = closeProposal;
        this.pages = pages;
        this.markdown = markdown;
    }

    @GetMapping("/c/{slug}/proposals")
    String list(
            @Permitted(Action.VIEW_SPACE) Community community,
            @RequestParam(defaultValue = "false") boolean all,
            Actor actor,
            Model model) {
        model.addAttribute("all", all);
        model.addAttribute("proposals", proposals.list(community.id(), !all));
        return "proposals/list";
    }

    @GetMapping("/c/{slug}/proposals/new")
    String proposeForm(
            @Permitted(Action.PROPOSE_CHANGE) Community community,
            @ModelAttribute("form") ProposalForm form,
            Model model) {
        if (form.getBaseCommit().isBlank() && !form.getPath().isBlank()) {
            // the first showing for a page: its text now; shown again after a refusal, the form is as typed
            try {
                Pages.PageContent page = pages.read(community.id(), form.getPath());
                form.setTitle(page.title());
                form.setBody(page.body());
                form.setBaseCommit(page.commitId());
            } catch (NotFoundException | InvalidInputException e) {
                // a new page: the form starts empty
            }
        }
        // replaced by the refusal's messages when the form is shown again
        model.addAttribute("errors", Map.of());
        return "proposals/new";
    }

    @PostMapping("/c/{slug}/proposals")
    @ShowFormOnError("proposeForm")
    String propose(
            @Permitted(Action.PROPOSE_CHANGE) Community community,
            @ModelAttribute("form") ProposalForm form,
            Actor actor,
            Author author) {
        PageEdit edit = new PageEdit(form.getPath(), form.getTitle(), form.getBody(), form.getBaseCommit(), "");
        ProposeChange.Proposed proposed = proposeChange.propose(
                actor, author, community.id(), edit, form.getProposalTitle(), form.getProposalDescription());
        return "redirect:/c/" + community.slug() + "/proposals/"
                + proposed.proposal().id();
    }

    @GetMapping("/c/{slug}/proposals/{id}")
    String show(
            @Permitted(Action.VIEW_SPACE) Community community,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String comment,
            Actor actor,
            Model model) {
        Proposal proposal = proposals.inCommunity(community.id(), id);
        model.addAttribute("proposal", proposal);
        model.addAttribute("descriptionHtml", markdown.toHtml(proposal.description()));
        model.addAttribute("diffs", presenter.diffs(proposal, actor));
        model.addAttribute("events", proposals.events(proposal));
        // shown again after a refused comment, with the text as typed
        model.addAttribute("comment", comment);
        model.addAttribute("mayClose", !proposal.status().finished() && checker.mayUpdate(actor, proposal));
        return "proposals/proposal";
    }

    @PostMapping("/c/{slug}/proposals/{id}/comments")
    @ShowFormOnError("show")
    String comment(
            @Permitted(Action.PROPOSE_CHANGE) Community community,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String comment,
            Actor actor,
            Author author,
            RedirectAttributes redirect) {
        commentOnProposal.comment(actor, author.name(), community.id(), id, comment);
        redirect.addFlashAttribute("notice", "Comment added.");
        return back(community, id);
    }

    @PostMapping("/c/{slug}/proposals/{id}/review")
    String review(
            @Permitted(Action.REVIEW_PROPOSAL) Community community,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String decision,
            @RequestParam(defaultValue = "") String comment,
            Actor actor,
            Author author,
            RedirectAttributes redirect) {
        if (!decision.equals("approve") && !decision.equals("request-changes")) {
            throw new InvalidInputException("decision", "Choose to approve or to ask for changes.");
        }
        boolean approve = decision.equals("approve");
        reviewProposal.review(actor, author.name(), community.id(), id, approve, comment);
        redirect.addFlashAttribute("notice", approve ? "Approved." : "Changes requested.");
        return back(community, id);
    }

    @PostMapping("/c/{slug}/proposals/{id}/merge")
    String merge(
            @Permitted(Action.REVIEW_PROPOSAL) Community community,
            @PathVariable long id,
            Actor actor,
            Author author,
            RedirectAttributes redirect) {
        SaveResult result = mergeProposal.merge(actor, author, community.id(), id);
        if (result instanceof SaveResult.Conflicted conflicted) {
            redirect.addFlashAttribute("problem", conflicted.reason());
        } else {
            redirect.addFlashAttribute("notice", "Merged into main.");
        }
        return back(community, id);
    }

    @PostMapping("/c/{slug}/proposals/{id}/close")
    String close(
            @Permitted(Action.PROPOSE_CHANGE) Community community,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String comment,
            Actor actor,
            Author author,
            RedirectAttributes redirect) {
        closeProposal.close(actor, author.name(), community.id(), id, comment);
        redirect.addFlashAttribute("notice", "Closed.");
        return back(community, id);
    }

    private static String back(Community community, long id) {
        return "redirect:/c/" + community.slug() + "/proposals/" + id;
    }
}
