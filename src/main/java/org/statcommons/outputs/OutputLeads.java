package org.statcommons.outputs;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.access.Standing;
import org.statcommons.community.Community;
import org.statcommons.workstreams.Workstream;
import org.statcommons.workstreams.WorkstreamMembers;
import org.statcommons.workstreams.Workstreams;

/**
 * Asks the policy whether the actor may take an output through (declare it, open its review, ask for approval): the
 * facilitators and the secretariat may for every output, a workstream's lead for the outputs of their workstream (the
 * standing {@link Standing#WORKSTREAM_LEAD}). Only an approved or active workstream of the community has outputs.
 */
@Component
class OutputLeads {

    private final Permissions permissions;
    private final Workstreams workstreams;
    private final WorkstreamMembers people;

    OutputLeads(Permissions permissions, Workstreams workstreams, WorkstreamMembers people) {
        this.permissions = permissions;
        this.workstreams = workstreams;
        this.people = people;
    }

    /** The workstream, when it is one of this community's running ones. */
    Optional<Workstream> running(Community community, Long workstreamId) {
        if (workstreamId == null) {
            return Optional.empty();
        }
        return workstreams
                .byId(workstreamId)
                .filter(w -> w.communityId() == community.id())
                .filter(w -> w.status().running());
    }

    /** The community's running workstreams the actor may declare outputs of: all of them for a manager, else theirs. */
    List<Workstream> declarable(Actor actor, Community community) {
        boolean manager = permissions.may(actor, Action.MANAGE_OUTPUTS, community.id());
        return workstreams.of(community.id()).stream()
                .filter(w -> w.status().running())
                .filter(w -> manager || leads(actor, w.id()))
                .toList();
    }

    void require(Actor actor, Community community, Long workstreamId) {
        boolean leads =
                running(community, workstreamId).map(w -> leads(actor, w.id())).orElse(false);
        permissions.require(actor, Action.MANAGE_OUTPUTS, community.id(), Standing.WORKSTREAM_LEAD, leads);
    }

    boolean may(Actor actor, Community community, Long workstreamId) {
        boolean leads =
                running(community, workstreamId).map(w -> leads(actor, w.id())).orElse(false);
        return permissions.may(actor, Action.MANAGE_OUTPUTS, community.id(), Standing.WORKSTREAM_LEAD, leads);
    }

    private boolean leads(Actor actor, long workstreamId) {
        return actor.signedIn() && people.leads(workstreamId).contains(actor.accountId());
    }
}
