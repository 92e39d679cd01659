package org.statcommons.content.proposals;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
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
import org.statcommons.content.PageAddress;
import org.statcommons.content.PageEdit;
import org.statcommons.content.PageLanguage;
import org.statcommons.content.PageVersion;
import org.statcommons.content.Pages;
import org.statcommons.content.SaveResult;
import org.statcommons.content.SpacePath;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.Markdown;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;
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
    private final RequestReview requestReview;
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
            RequestReview requestReview,
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
        this.requestReview = requestReview;
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
            @RequestParam(required = false) String template,
            Model model) {
        if (form.getBaseCommit().isBlank() && !form.getPath().isBlank()) {
            // the first showing for a page: its text now; shown again after a refusal, the form is as typed
            try {
                Pages.PageContent page = pages.read(community.id(), form.getPath());
                form.setTitle(page.title());
                form.setBody(page.body());
                form.setBaseCommit(page.commitId());
            } catch (NotFoundException | InvalidInputException e) {
                // a new page: the form starts empty, or from the original's text for a translation ("Translate
                // this page"), which records the original's version when it is saved (content.PageFields)
                startTranslation(community, form);
            }
        }
        startFrom(community, template, form, model);
        return proposalForm(community, model);
    }

    private void startTranslation(Community community, ProposalForm form) {
        if (!SpacePath.validPage(PageAddress.path(form.getPath()))
                || !form.getBody().isEmpty()) {
            return;
        }
        String path = PageAddress.path(form.getPath());
        if (PageLanguage.ofPath(path).isEmpty()) {
            return;
        }
        try {
            Pages.PageContent original = pages.read(community.id(), PageLanguage.originalPath(path));
            form.setBody(original.body());
            if (form.getTitle().isBlank()) {
                form.setTitle(original.title());
            }
        } catch (NotFoundException noOriginal) {
            // not a translation of a page of this space: an empty new page
        }
    }

    private String proposalForm(Community community, Model model) {
        model.addAttribute("templates", pages.templates(community.id()));
        // replaced by the refusal's messages when the form is shown again
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "proposals/new";
    }

    /**
     * A template chosen on the form: its text goes into an empty editor; everything typed stays as it was, since
     * choosing is a round trip of the whole form (the rules are {@link Pages#startFrom}'s).
     */
    private void startFrom(Community community, String template, ProposalForm form, Model model) {
        Pages.TemplateChoice choice = pages.startFrom(community.id(), template, form.getBody());
        form.setBody(choice.body());
        model.addAttribute("templateNotice", choice.notice());
    }

    @PostMapping("/c/{slug}/proposals")
    @ShowFormOnError("proposeForm")
    String propose(
            @Permitted(Action.PROPOSE_CHANGE) Community community,
            @ModelAttribute("form") ProposalForm form,
            @RequestParam(required = false) String template,
            Actor actor,
            Author author,
            Model model) {
        if (template != null) {
            // "Start from this template" pressed: the form comes back with the template, nothing is proposed
            startFrom(community, template, form, model);
            return proposalForm(community, model);
        }
        PageEdit edit = new PageEdit(
                PageAddress.path(form.getPath()), form.getTitle(), form.getBody(), form.getBaseCommit(), "");
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
        List<Proposal.Event> events = proposals.events(proposal);
        model.addAttribute("events", events);
        // shown again after a refused comment, with the text as typed
        model.addAttribute("comment", comment);
        boolean mayChange = !proposal.status().finished() && checker.mayUpdate(actor, proposal);
        model.addAttribute("mayClose", mayChange);
        model.addAttribute("mayEdit", mayChange);
        model.addAttribute("mayAskAgain", mayChange && proposal.status() == ProposalStatus.CHANGES_REQUESTED);
        model.addAttribute("statusLine", presenter.statusLine(proposal, events));
        return "proposals/proposal";
    }

    /** The editor for one page of an open proposal, as the proposal has it now (or as typed, shown again). */
    @GetMapping("/c/{slug}/proposals/{id}/edit")
    String editForm(
            @Permitted(Action.PROPOSE_CHANGE) Community community,
            @PathVariable long id,
            @ModelAttribute("form") ProposalForm form,
            Actor actor,
            Model model) {
        Proposal proposal = editable(community, id, actor);
        if (form.getBaseCommit().isBlank()) {
            // the first showing: the page as the proposal has it; shown again after a refusal, the form is as typed
            String tip = presenter.tip(proposal);
            Pages.PageContent page = pages.read(community.id(), new PageVersion(tip, form.getPath()));
            form.setPath(page.path());
            form.setTitle(page.title());
            form.setBody(page.body());
            form.setBaseCommit(tip);
        }
        model.addAttribute("proposal", proposal);
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "proposals/edit";
    }

    /** Saves the page into the proposal: a new version of the proposal, merged with one saved meanwhile. */
    @PostMapping("/c/{slug}/proposals/{id}/edit")
    @ShowFormOnError("editForm")
    String edit(
            @Permitted(Action.PROPOSE_CHANGE) Community community,
            @PathVariable long id,
            @ModelAttribute("form") ProposalForm form,
            Actor actor,
            Author author,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        // the use case checks who may change the proposal; the proposal is read afterwards for what the answer shows
        SaveResult result = proposeChange.update(
                actor,
                author,
                community.id(),
                id,
                new PageEdit(form.getPath(), form.getTitle(), form.getBody(), form.getBaseCommit(), ""));
        Proposal proposal = proposals.inCommunity(community.id(), id);
        if (result instanceof SaveResult.Conflicted conflicted) {
            // the text stays in the editor; the next save starts from the proposal as it is now
            response.setStatus(409);
            form.setBaseCommit(conflicted.headCommit());
            model.addAttribute("proposal", proposal);
            model.addAttribute("conflict", conflicted);
            model.addAttribute("errors", Map.of());
            return "proposals/edit";
        }
        redirect.addFlashAttribute(
                "notice",
                result.outcome() == SaveResult.Outcome.UNCHANGED
                        ? Text.of("proposals.notice.unchanged")
                        : proposal.status() == ProposalStatus.CHANGES_REQUESTED
                                ? Text.of("proposals.notice.saved.ask-again")
                                : Text.of("proposals.notice.saved"));
        return back(community, id);
    }

    /** After changes were asked for: the proposal is ready to be reviewed again. */
    @PostMapping("/c/{slug}/proposals/{id}/request-review")
    @ShowFormOnError("show")
    String requestReview(
            @Permitted(Action.PROPOSE_CHANGE) Community community,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String comment,
            Actor actor,
            Author author,
            RedirectAttributes redirect) {
        requestReview.requestAgain(actor, author.name(), community.id(), id, comment);
        redirect.addFlashAttribute("notice", Text.of("proposals.notice.review-again"));
        return back(community, id);
    }

    private Proposal editable(Community community, long id, Actor actor) {
        return checker.toChange(actor, community.id(), id, Action.REVIEW_PROPOSAL, true);
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
        redirect.addFlashAttribute("notice", Text.of("proposals.notice.commented"));
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
            throw new InvalidInputException("decision", Text.of("proposals.review.choose"));
        }
        boolean approve = decision.equals("approve");
        reviewProposal.review(actor, author.name(), community.id(), id, approve, comment);
        redirect.addFlashAttribute(
                "notice",
                approve ? Text.of("proposals.notice.approved") : Text.of("proposals.notice.changes-requested"));
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
            redirect.addFlashAttribute("notice", Text.of("proposals.notice.merged"));
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
        redirect.addFlashAttribute("notice", Text.of("proposals.notice.closed"));
        return back(community, id);
    }

    private static String back(Community community, long id) {
        return "redirect:/c/" + community.slug() + "/proposals/" + id;
    }
}
