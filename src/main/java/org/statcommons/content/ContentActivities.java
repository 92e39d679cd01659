package org.statcommons.content;

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
import org.statcommons.platform.activity.Activity;
import org.statcommons.platform.activity.ActivityKind;
import org.statcommons.platform.activity.Audience;
import org.statcommons.platform.activity.Subject;
import org.statcommons.platform.activity.Visibility;
import org.statcommons.platform.Markdown;

/**
 * What happens in a knowledge space that others hear of, told as activities in the change's transaction: a
 * proposal to review (to the members whose role lets them review), a proposal merged (to its author), a page
 * published (for the community's public stream; nobody is notified).
 */
@Component
class ContentActivities {


    private final Communities communities;
    private final Memberships memberships;
    private final Accounts accounts;
    private final Permissions permissions;
    private final ApplicationEventPublisher events;

    ContentActivities(Communities communities, Memberships memberships, Accounts accounts, Permissions permissions,
                      ApplicationEventPublisher events) {
        this.communities = communities;
        this.memberships = memberships;
        this.accounts = accounts;
        this.permissions = permissions;
        this.events = events;
    }

    void proposalOpened(Proposal proposal) {
        Community community = communities.byId(proposal.communityId()).orElseThrow();
        List<Actor> members = accounts.byIds(memberships.accountIds(community.id())).stream().map(Account::actor).toList();
        Set<Long> reviewers = permissions.whoMay(members, Action.REVIEW_PROPOSAL, community.id());
        events.publishEvent(new Activity(community.id(), ActivityKind.PROPOSAL_TO_REVIEW, proposal.authorAccountId(),
                proposal.authorName(), proposal.authorName() + " proposed “" + proposal.title() + "”",
                Markdown.excerpt(proposal.description()), proposalLink(community, proposal), Visibility.MEMBERS,
                Subject.of("proposal", proposal.id()), null, Audience.people(reviewers), false, null));
    }

    void proposalMerged(Proposal proposal, long mergedBy, String mergerName) {
        Community community = communities.byId(proposal.communityId()).orElseThrow();
        events.publishEvent(new Activity(community.id(), ActivityKind.PROPOSAL_MERGED, mergedBy, mergerName,
                mergerName + " merged “" + proposal.title() + "”", "", proposalLink(community, proposal), Visibility.MEMBERS,
                Subject.of("proposal", proposal.id()), null, Audience.person(proposal.authorAccountId()), false, null));
    }

    void pagePublished(long communityId, String path, String title, String publisherName) {
        Community community = communities.byId(communityId).orElseThrow();
        events.publishEvent(new Activity(communityId, ActivityKind.PAGE_PUBLISHED, null, publisherName,
                publisherName + " published “" + title + "”", "", PageAddress.published(community.slug(), path),
                Visibility.PUBLIC, new Subject("page", communityId + "/" + path), null, Audience.nobody(), false, null));
    }

    private static String proposalLink(Community community, Proposal proposal) {
        return "/c/" + community.slug() + "/proposals/" + proposal.id();
    }

}
