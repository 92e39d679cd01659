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
import org.statcommons.platform.activity.Activity;
import org.statcommons.platform.activity.ActivityKind;
import org.statcommons.platform.activity.Audience;
import org.statcommons.platform.activity.Subject;
import org.statcommons.platform.activity.Visibility;

/**
 * What happens to proposals that others hear of, told as activities in the change's transaction: a proposal to
 * review (to the members whose role lets them review), a proposal merged (to its author).
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
        Community community = communities.byId(proposal.communityId()).orElseThrow();
        List<Actor> members = accounts.byIds(memberships.accountIds(community.id())).stream()
                .map(Account::actor)
                .toList();
        Set<Long> reviewers = permissions.whoMay(members, Action.REVIEW_PROPOSAL, community.id());
        events.publishEvent(Activity.of(ActivityKind.PROPOSAL_TO_REVIEW, community.id(), clock.instant())
                .by(proposal.authorAccountId(), proposal.authorName())
                .title(proposal.authorName() + " proposed “" + proposal.title() + "”")
                .excerpt(Markdown.excerpt(proposal.description()))
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
                .title(mergerName + " merged “" + proposal.title() + "”")
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
