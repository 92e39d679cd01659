package org.statcommons.workstreams;

import org.springframework.stereotype.Component;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.access.Standing;
import org.statcommons.community.Community;

/**
 * Asks the policy whether the actor may lead a workstream: the secretariat may lead every one, a lead their own
 * (the standing {@link Standing#WORKSTREAM_LEAD}). Asked before the workstream is read, so that someone who may not
 * lead it learns nothing of whether it exists (403 either way); the secretariat gets its 404 afterwards.
 */
@Component
class LeadChecker {

    private final Permissions permissions;
    private final Workstreams workstreams;
    private final WorkstreamMembers people;

    LeadChecker(Permissions permissions, Workstreams workstreams, WorkstreamMembers people) {
        this.permissions = permissions;
        this.workstreams = workstreams;
        this.people = people;
    }

    /** The workstream, once the actor may lead it. */
    Workstream require(Actor actor, Community community, long id) {
        boolean leads = actor.signedIn()
                && people.leads(id, actor.accountId())
                && workstreams
                        .byId(id)
                        .filter(w -> w.communityId() == community.id())
                        .isPresent();
        permissions.require(actor, Action.LEAD_WORKSTREAM, community.id(), Standing.WORKSTREAM_LEAD, leads);
        return workstreams.inCommunity(community, id);
    }

    boolean may(Actor actor, Community community, Workstream workstream) {
        boolean leads = actor.signedIn() && people.leads(workstream.id(), actor.accountId());
        return permissions.may(actor, Action.LEAD_WORKSTREAM, community.id(), Standing.WORKSTREAM_LEAD, leads);
    }
}
