package org.statcommons.workstreams;

import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Actor;
import org.statcommons.community.Community;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.Text;

/**
 * A lead (or the secretariat) moves an approved workstream on: starts its work (approved → active) or closes it
 * (approved or active → closed). Any other move is a conflict that names the workstream's state.
 */
@Service
class AdvanceWorkstream {

    private final LeadChecker leads;
    private final Workstreams workstreams;
    private final Clock clock;

    AdvanceWorkstream(LeadChecker leads, Workstreams workstreams, Clock clock) {
        this.leads = leads;
        this.workstreams = workstreams;
        this.clock = clock;
    }

    @Transactional
    void advance(Actor actor, Community community, long id, WorkstreamStatus to) {
        leads.require(actor, community, id);
        Workstream workstream = workstreams.lock(id);
        boolean allowed = switch (to) {
            case ACTIVE -> workstream.status() == WorkstreamStatus.APPROVED;
            case CLOSED -> workstream.status().running();
            default -> false;
        };
        if (!allowed) {
            throw new ConflictException(Text.of(
                    "workstreams.advance.refused",
                    Text.of("workstreams.status." + workstream.status()),
                    Text.of("workstreams.status." + to)));
        }
        workstreams.status(id, to, to == WorkstreamStatus.CLOSED ? clock.instant() : null);
    }
}
