package org.statcommons.academy;

import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.community.Community;
import org.statcommons.community.Permitted;
import org.statcommons.content.Author;
import org.statcommons.content.CourseProposal;

/**
 * A course's proposals in JSON: the list, and the two ways a fork opens one: the original's new changes proposed in the
 * fork (its maintainers) and the fork's changes proposed to the original (those who write the fork). Reviewing and
 * merging happen on the proposal's page. The same use cases and policy as the site.
 */
@RestController
class CourseProposalApi {

    record ProposalJson(
            long id, String title, String description, String author, String status, String mergedCommit, String url) {}

    private final CoursePresenter courses;
    private final CourseProposalPresenter presenter;
    private final ProposeUpstreamChanges upstream;
    private final ContributeToOriginal contribute;

    CourseProposalApi(
            CoursePresenter courses,
            CourseProposalPresenter presenter,
            ProposeUpstreamChanges upstream,
            ContributeToOriginal contribute) {
        this.courses = courses;
        this.presenter = presenter;
        this.upstream = upstream;
        this.contribute = contribute;
    }

    @GetMapping("/api/v1/communities/{slug}/courses/{course}/proposals")
    List<ProposalJson> list(
            @Permitted(Action.VIEW_COMMUNITY_LANDING) Community community, @PathVariable String course, Actor actor) {
        CourseView view = courses.course(actor, community, course);
        return presenter.list(view).stream()
                .map(proposal -> json(proposal, community.slug(), course))
                .toList();
    }

    @PostMapping("/api/v1/communities/{slug}/courses/{course}/upstream")
    ResponseEntity<ProposalJson> proposeUpstream(
            @Permitted(Action.MAINTAIN_COURSES) Community community,
            @PathVariable String course,
            Actor actor,
            Author author) {
        return created(upstream.propose(actor, community, course, author), community.slug(), course);
    }

    @PostMapping("/api/v1/communities/{slug}/courses/{course}/contribute")
    ResponseEntity<ProposalJson> contribute(
            @Permitted(Action.EDIT_COURSES) Community community,
            @PathVariable String course,
            Actor actor,
            Author author) {
        ContributeToOriginal.Contributed contributed = contribute.contribute(actor, community, course, author);
        return created(
                contributed.proposal(),
                contributed.origin().community().slug(),
                contributed.origin().course().name());
    }

    private static ResponseEntity<ProposalJson> created(CourseProposal proposal, String slug, String course) {
        ProposalJson json = json(proposal, slug, course);
        return ResponseEntity.created(URI.create(json.url())).body(json);
    }

    private static ProposalJson json(CourseProposal proposal, String slug, String course) {
        return new ProposalJson(
                proposal.id(),
                proposal.title(),
                proposal.description(),
                proposal.authorName(),
                proposal.status(),
                proposal.mergedCommit(),
                CourseAddress.proposal(slug, course, proposal.id()));
    }
}
