package org.statcommons.workstreams;

import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Actor;
import org.statcommons.access.CommunityRole;
import org.statcommons.community.Community;
import org.statcommons.community.Membership;
import org.statcommons.community.Memberships;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.Text;

/**
 * A lead (or the secretariat) adds someone to a workstream, or takes them off: a lead or a member must be a current
 * member of the community (not a guest); a resource person from outside must be one of its current guests (the
 * community's guest role is how people from outside take part). A workstream keeps at least one lead.
 */
@Service
class AddToWorkstream {

    private final LeadChecker leads;
    private final Workstreams workstreams;
    private final WorkstreamMembers people;
    private final Memberships memberships;
    private final Clock clock;

    AddToWorkstream(
            LeadChecker leads,
            Workstreams workstreams,
            WorkstreamMembers people,
            Memberships memberships,
            Clock clock) {
        this.leads = leads;
        this.workstreams = workstreams;
        this.people = people;
        this.memberships = memberships;
        this.clock = clock;
    }

    @Transactional
    void add(Actor actor, Community community, long id, long accountId, String part) {
        leads.require(actor, community, id);
        Workstream workstream = workstreams.lock(id);
        closedRefused(workstream);
        WorkstreamMembers.Part chosen;
        try {
            chosen = WorkstreamMembers.Part.valueOf(part == null ? "" : part);
        } catch (IllegalArgumentException unknown) {
            throw new InvalidInputException("part", Text.of("workstreams.people.part"));
        }
        Membership membership = memberships
                .current(community.id(), accountId)
                .orElseThrow(() -> new InvalidInputException("accountId", Text.of("workstreams.people.not-member")));
        boolean guest = membership.role() == CommunityRole.GUEST;
        if (chosen == WorkstreamMembers.Part.RESOURCE && !guest) {
            throw new InvalidInputException("accountId", Text.of("workstreams.people.resource-guest"));
        }
        if (chosen != WorkstreamMembers.Part.RESOURCE && guest) {
            throw new InvalidInputException("accountId", Text.of("workstreams.people.guest-resource"));
        }
        if (chosen != WorkstreamMembers.Part.LEAD && lastLead(id, accountId)) {
            throw new ConflictException(Text.of("workstreams.people.last-lead"));
        }
        people.put(id, accountId, chosen, clock.instant());
    }

    @Transactional
    void remove(Actor actor, Community community, long id, long accountId) {
        leads.require(actor, community, id);
        closedRefused(workstreams.lock(id));
        if (lastLead(id, accountId)) {
            throw new ConflictException(Text.of("workstreams.people.last-lead"));
        }
        if (!people.remove(id, accountId)) {
            throw new ConflictException(Text.of("workstreams.people.not-in"));
        }
    }

    private boolean lastLead(long id, long accountId) {
        var current = people.leads(id);
        return current.size() == 1 && current.get(0) == accountId;
    }

    private static void closedRefused(Workstream workstream) {
        if (workstream.status() == WorkstreamStatus.CLOSED || workstream.status() == WorkstreamStatus.DECLINED) {
            throw new ConflictException(Text.of("workstreams.closed"));
        }
    }
}
