package org.statcommons.content.proposals;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Community;
import org.statcommons.content.PageEdit;
import org.statcommons.content.Pages;
import org.statcommons.content.SaveResult;
import org.statcommons.identity.Account;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.Markdown;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.TooManyRequestsException;

/**
 * Proposals on the web: the list ({@code /c/{slug}/proposals}), proposing a page edit, and a proposal's
 * page with its changes, history and the review actions the person may take.
 */
@Controller
class ProposalController {

    private final ProposalViews views;
    private final Proposals proposals;
    private final ProposeChange proposeChange;
    private final Pages pages;
    private final Permissions permissions;
    private final Markdown markdown;

    ProposalController(ProposalViews views, Proposals proposals, ProposeChange proposeChange, Pages pages,
                       Permissions permissions, Markdown markdown) {
        this.views = views;
        this.proposals = proposals;
        this.proposeChange = proposeChange;
        this.pages = pages;
        this.permissions = permissions;
        this.markdown = markdown;
    }

    @GetMapping("/c/{slug}/proposals")
    String list(@PathVariable String slug, @RequestParam(defaultValue = "false") boolean all, Actor actor, Model model) {
        Community community = views.community(slug);
        model.addAttribute("community", community);
        model.addAttribute("all", all);
        model.addAttribute("proposals", proposals.list(actor, community.id(), !all));
        model.addAttribute("mayPropose", permissions.may(actor, Action.PROPOSE_CHANGE, community.id()));
        return "proposals/list";
    }

    @GetMapping("/c/{slug}/proposals/new")
    String proposeForm(@PathVariable String slug, @RequestParam(defaultValue = "") String path, Actor actor, Model model) {
        Community community = views.community(slug);
        permissions.require(actor, Action.PROPOSE_CHANGE, community.id());
        Map<String, String> form = new LinkedHashMap<>(Map.of("path", path, "title", "", "body", "", "baseCommit", "",
                "proposalTitle", "", "proposalDescription", ""));
        if (!path.isBlank()) {
            try {
                Pages.PageContent page = pages.read(community.id(), path);
                form.putAll(Map.of("title", page.title(), "body", page.body(), "baseCommit", page.commitId()));
            } catch (NotFoundException | InvalidInputException e) {
                // a new page: the form starts empty
            }
        }
        return proposeView(community, form, Map.of(), model);
    }

    @PostMapping("/c/{slug}/proposals")
    String propose(@PathVariable String slug, @RequestParam Map<String, String> fields, Actor actor, HttpServletRequest request,
                   HttpServletResponse response, Model model) {
        Community community = views.community(slug);
        Account account = ProposalViews.person(request, Action.PROPOSE_CHANGE);
        PageEdit edit = new PageEdit(fields.getOrDefault("path", ""), fields.getOrDefault("title", ""), fields.getOrDefault("body", ""),
                fields.getOrDefault("baseCommit", ""), "");
        try {
            ProposeChange.Proposed proposed = proposeChange.propose(actor, ProposalViews.author(account), community.id(), edit,
                    fields.getOrDefault("proposalTitle", ""), fields.getOrDefault("proposalDescription", ""));
            return "redirect:/c/" + slug + "/proposals/" + proposed.proposal().id();
        } catch (InvalidInputException e) {
            response.setStatus(400);
            return proposeView(community, fields, e.byField(), model);
        } catch (TooManyRequestsException e) {
            // the form again with the person's text, the limit and when it lifts
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()));
            return proposeView(community, fields, Map.of("", e.getMessage()), model);
        }
    }

    private String proposeView(Community community, Map<String, String> form, Map<String, String> errors, Model model) {
        model.addAttribute("community", community);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "proposals/new";
    }

    @GetMapping("/c/{slug}/proposals/{id}")
    String show(@PathVariable String slug, @PathVariable long id, Actor actor, Model model) {
        Community community = views.community(slug);
        Proposal proposal = proposals.require(actor, community.id(), id);
        model.addAttribute("community", community);
        model.addAttribute("proposal", proposal);
        model.addAttribute("descriptionHtml", markdown.toHtml(proposal.description()));
        model.addAttribute("diffs", views.diffs(proposal, actor));
        model.addAttribute("events", proposals.events(proposal));
        model.addAttribute("mayComment", permissions.may(actor, Action.PROPOSE_CHANGE, community.id()));
        model.addAttribute("mayReview", !proposal.status().finished() && permissions.may(actor, Action.REVIEW_PROPOSAL, community.id()));
        model.addAttribute("mayClose", !proposal.status().finished() && proposals.mayUpdate(actor, proposal));
        return "proposals/proposal";
    }

    @PostMapping("/c/{slug}/proposals/{id}/comments")
    String comment(@PathVariable String slug, @PathVariable long id, @RequestParam(defaultValue = "") String comment, Actor actor,
                   HttpServletRequest request, RedirectAttributes redirect) {
        Community community = views.community(slug);
        Account account = ProposalViews.person(request, Action.PROPOSE_CHANGE);
        try {
            proposals.comment(actor, account.displayName(), community.id(), id, comment);
            redirect.addFlashAttribute("notice", "Comment added.");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problem", String.join(" ", e.byField().values()));
        }
        return back(slug, id);
    }

    @PostMapping("/c/{slug}/proposals/{id}/review")
    String review(@PathVariable String slug, @PathVariable long id, @RequestParam(defaultValue = "") String decision,
                  @RequestParam(defaultValue = "") String comment, Actor actor, HttpServletRequest request, RedirectAttributes redirect) {
        Community community = views.community(slug);
        Account account = ProposalViews.person(request, Action.REVIEW_PROPOSAL);
        if (!decision.equals("approve") && !decision.equals("request-changes")) {
            throw new InvalidInputException("decision", "Choose to approve or to ask for changes.");
        }
        boolean approve = decision.equals("approve");
        proposals.review(actor, account.displayName(), community.id(), id, approve, comment);
        redirect.addFlashAttribute("notice", approve ? "Approved." : "Changes requested.");
        return back(slug, id);
    }

    @PostMapping("/c/{slug}/proposals/{id}/merge")
    String merge(@PathVariable String slug, @PathVariable long id, Actor actor, HttpServletRequest request, RedirectAttributes redirect) {
        Community community = views.community(slug);
        Account account = ProposalViews.person(request, Action.REVIEW_PROPOSAL);
        SaveResult result = proposals.merge(actor, ProposalViews.author(account), community.id(), id);
        if (result instanceof SaveResult.Conflicted conflicted) {
            redirect.addFlashAttribute("problem", conflicted.reason());
        } else {
            redirect.addFlashAttribute("notice", "Merged into main.");
        }
        return back(slug, id);
    }

    @PostMapping("/c/{slug}/proposals/{id}/close")
    String close(@PathVariable String slug, @PathVariable long id, @RequestParam(defaultValue = "") String comment, Actor actor,
                 HttpServletRequest request, RedirectAttributes redirect) {
        Community community = views.community(slug);
        Account account = ProposalViews.person(request, Action.REVIEW_PROPOSAL);
        proposals.close(actor, account.displayName(), community.id(), id, comment);
        redirect.addFlashAttribute("notice", "Closed.");
        return back(slug, id);
    }

    private static String back(String slug, long id) {
        return "redirect:/c/" + slug + "/proposals/" + id;
    }
}
