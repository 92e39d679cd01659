package org.statcommons.content.proposals;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Communities;
import org.statcommons.community.Community;
import org.statcommons.community.Memberships;
import org.statcommons.identity.Account;
import org.statcommons.identity.Accounts;
import org.statcommons.platform.Markdown;
import org.statcommons.platform.Text;
import org.statcommons.platform.activity.Activity;
import org.statcommons.platform.activity.ActivityKind;
import org.statcommons.platform.activity.Audience;
import org.statcommons.platform.activity.Subject;
import org.statcommons.platform.activity.Visibility;

/**
 * What happens to proposals that others hear of, told as activities in the change's transaction: a proposal to
 * review or to review again (to the members whose role lets them review), changes asked for and a proposal
 * accepted (to its author).
 */
@Component
class ProposalActivityPublisher {

    private final Communities communities;
    private final Memberships memberships;
    private final Accounts accounts;
    private final Permissions permissions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProposalActivityPublisher(
            Communities communities,
            Memberships memberships,
            Accounts accounts,
            Permissions permissions,
            ApplicationEventPublisher events,
            Clock clock) {
        this.clock = clock;
        this.communities = communities;
        this.memberships = memberships;
        this.accounts = accounts;
        this.permissions = permissions;
        this.events = events;
    }

    void proposalOpened(Proposal proposal) {
        toReviewers(
                proposal,
                Text.of("proposals.activity.opened", proposal.authorName(), proposal.title()),
                proposal.description());
    }

    /** Its author changed the proposal as asked and wants it reviewed again: the reviewers hear of it. */
    void reviewRequestedAgain(Proposal proposal, String note) {
        toReviewers(
                proposal,
                Text.of("proposals.activity.review-again", proposal.authorName(), proposal.title()),
                note.isEmpty() ? proposal.description() : note);
    }

    /** A reviewer asked for changes: the author hears of it, with the reviewer's note. */
    void changesRequested(Proposal proposal, long reviewerId, String reviewerName, String note) {
        Community community = communities.byId(proposal.communityId()).orElseThrow();
        events.publishEvent(Activity.of(ActivityKind.PROPOSAL_CHANGES_REQUESTED, community.id(), clock.instant())
                .by(reviewerId, reviewerName)
                .title(Text.of("proposals.activity.changes-requested", reviewerName, proposal.title()))
                .excerpt(Markdown.excerpt(note))
                .link(proposalLink(community, proposal))
                .visibleTo(Visibility.MEMBERS)
                .about(Subject.of("proposal", proposal.id()))
                .tell(Audience.person(proposal.authorAccountId()))
                .build());
    }

    private void toReviewers(Proposal proposal, Text title, String text) {
        Community community = communities.byId(proposal.communityId()).orElseThrow();
        List<Actor> members = accounts.byIds(memberships.accountIds(community.id())).stream()
                .map(Account::actor)
                .toList();
        Set<Long> reviewers = permissions.whoMay(members, Action.REVIEW_PROPOSAL, community.id());
        events.publishEvent(Activity.of(ActivityKind.PROPOSAL_TO_REVIEW, community.id(), clock.instant())
                .by(proposal.authorAccountId(), proposal.authorName())
                .title(title)
                .excerpt(Markdown.excerpt(text))
                .link(proposalLink(community, proposal))
                .visibleTo(Visibility.MEMBERS)
                .about(Subject.of("proposal", proposal.id()))
                .tell(Audience.people(reviewers))
                .build());
    }

    void proposalMerged(Proposal proposal, long mergedBy, String mergerName) {
        Community community = communities.byId(proposal.communityId()).orElseThrow();
        events.publishEvent(Activity.of(ActivityKind.PROPOSAL_MERGED, community.id(), clock.instant())
                .by(mergedBy, mergerName)
                .title(Text.of("proposals.activity.merged", mergerName, proposal.title()))
                .link(proposalLink(community, proposal))
                .visibleTo(Visibility.MEMBERS)
                .about(Subject.of("proposal", proposal.id()))
                .tell(Audience.person(proposal.authorAccountId()))
                .build());
    }

    private static String proposalLink(Community community, Proposal proposal) {
        return "/c/" + community.slug() + "/proposals/" + proposal.id();
    }
}
