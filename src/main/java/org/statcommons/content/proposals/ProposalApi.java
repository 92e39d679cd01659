package org.statcommons.content.proposals;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.community.Community;
import org.statcommons.community.Permitted;
import org.statcommons.content.Author;
import org.statcommons.content.PageEdit;
import org.statcommons.content.SaveResult;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.Text;

/** Proposals over JSON, with the same rules as the pages. Errors are RFC 9457 problems. */
@RestController
@RequestMapping("/api/v1/communities/{slug}/proposals")
class ProposalApi {

    record ProposalJson(
            long id,
            String branch,
            String title,
            String description,
            String status,
            long authorId,
            String author,
            String mergedCommit,
            Instant createdAt,
            Instant updatedAt) {
        static ProposalJson of(Proposal p) {
            return new ProposalJson(
                    p.id(),
                    p.branch(),
                    p.title(),
                    p.description(),
                    p.status().name(),
                    p.authorAccountId(),
                    p.authorName(),
                    p.mergedCommit(),
                    p.createdAt(),
                    p.updatedAt());
        }
    }

    record DetailJson(ProposalJson proposal, List<ProposalBranches.ChangedFile> changes, List<Proposal.Event> events) {}

    /** A page edit proposed: the page (path, title, body, baseCommit) and the proposal's title and description. */
    record NewProposal(
            String path,
            String title,
            String body,
            String baseCommit,
            String proposalTitle,
            String proposalDescription) {}

    record Comment(String comment) {}

    /** decision: approve or request-changes */
    record Review(String decision, String comment) {}

    private final ProposalPresenter presenter;
    private final Proposals proposals;
    private final ProposeChange proposeChange;
    private final CommentOnProposal commentOnProposal;
    private final ReviewProposal reviewProposal;
    private final MergeProposal mergeProposal;
    private final CloseProposal closeProposal;
    private final MessageSource messages;

    ProposalApi(
            ProposalPresenter presenter,
            Proposals proposals,
            ProposeChange proposeChange,
            CommentOnProposal commentOnProposal,
            ReviewProposal reviewProposal,
            MergeProposal mergeProposal,
            CloseProposal closeProposal,
            MessageSource messages) {
        this.presenter = presenter;
        this.proposals = proposals;
        this.proposeChange = proposeChange;
        this.commentOnProposal = commentOnProposal;
        this.reviewProposal = reviewProposal;
        this.mergeProposal = mergeProposal;
        this.closeProposal = closeProposal;
        this.messages = messages;
    }

    @GetMapping
    List<ProposalJson> list(
            @Permitted(Action.VIEW_SPACE) Community community,
            @RequestParam(defaultValue = "false") boolean all,
            Actor actor) {
        return proposals.list(community.id(), !all).stream()
                .map(ProposalJson::of)
                .toList();
    }

    @GetMapping("/{id}")
    DetailJson get(@Permitted(Action.VIEW_SPACE) Community community, @PathVariable long id, Actor actor) {
        Proposal proposal = proposals.inCommunity(community.id(), id);
        return new DetailJson(
                ProposalJson.of(proposal),
                presenter.diffs(proposal, actor).stream()
                        .map(ProposalPresenter.FileDiff::file)
                        .toList(),
                proposals.events(proposal));
    }

    @PostMapping
    ResponseEntity<ProposalJson> create(
            @Permitted(Action.PROPOSE_CHANGE) Community community,
            @RequestBody NewProposal body,
            Actor actor,
            Author author) {
        ProposeChange.Proposed proposed = proposeChange.propose(
                actor,
                author,
                community.id(),
                new PageEdit(body.path(), body.title(), body.body(), body.baseCommit(), ""),
                body.proposalTitle(),
                body.proposalDescription());
        return ResponseEntity.created(URI.create("/api/v1/communities/" + community.slug() + "/proposals/"
                        + proposed.proposal().id()))
                .body(ProposalJson.of(proposed.proposal()));
    }

    @PostMapping("/{id}/comments")
    ProposalJson comment(
            @Permitted(Action.PROPOSE_CHANGE) Community community,
            @PathVariable long id,
            @RequestBody Comment body,
            Actor actor,
            Author author) {
        long communityId = community.id();
        commentOnProposal.comment(actor, author.name(), communityId, id, body.comment());
        return ProposalJson.of(proposals.inCommunity(communityId, id));
    }

    @PostMapping("/{id}/review")
    ProposalJson review(
            @Permitted(Action.REVIEW_PROPOSAL) Community community,
            @PathVariable long id,
            @RequestBody Review body,
            Actor actor,
            Author author) {
        long communityId = community.id();
        if (!"approve".equals(body.decision()) && !"request-changes".equals(body.decision())) {
            throw new InvalidInputException("decision", Text.of("proposals.review.decision"));
        }
        reviewProposal.review(actor, author.name(), communityId, id, "approve".equals(body.decision()), body.comment());
        return ProposalJson.of(proposals.inCommunity(communityId, id));
    }

    /** 200 with the merged proposal, or 409 with a problem naming the conflicting pages. */
    @PostMapping("/{id}/merge")
    ResponseEntity<?> merge(
            @Permitted(Action.REVIEW_PROPOSAL) Community community,
            @PathVariable long id,
            Actor actor,
            Author author,
            Locale locale) {
        long communityId = community.id();
        SaveResult result = mergeProposal.merge(actor, author, communityId, id);
        if (result instanceof SaveResult.Conflicted conflicted) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                    HttpStatus.CONFLICT, messages.getMessage(conflicted.reason(), locale));
            problem.setTitle(messages.getMessage("proposals.merge.conflict.title", null, locale));
            problem.setProperty(
                    "path", conflicted.path() == null ? null : conflicted.path().value());
            problem.setProperty("marked", conflicted.marked());
            return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
        }
        return ResponseEntity.ok(ProposalJson.of(proposals.inCommunity(communityId, id)));
    }

    @PostMapping("/{id}/close")
    ProposalJson close(
            @Permitted(Action.PROPOSE_CHANGE) Community community,
            @PathVariable long id,
            @RequestBody(required = false) Comment body,
            Actor actor,
            Author author) {
        long communityId = community.id();
        closeProposal.close(actor, author.name(), communityId, id, body == null ? "" : body.comment());
        return ProposalJson.of(proposals.inCommunity(communityId, id));
    }
}
