package org.statcommons.decisions;

import org.springframework.stereotype.Component;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.NotAllowedException;
import org.statcommons.access.Permissions;

/**
 * Who looks after a decision: its proposer, and whoever the policy lets facilitate the community's decisions
 * ({@code FACILITATE_DECISIONS}). They edit its text while it is open, close it early and write its outcome.
 */
@Component
class StewardshipChecker {

    private final Permissions permissions;

    StewardshipChecker(Permissions permissions) {
        this.permissions = permissions;
    }

    boolean may(Actor actor, Decision decision) {
        return actor.signedIn()
                && ((decision.proposedBy(actor.accountId())
                                && permissions.may(actor, Action.PROPOSE_DECISION, decision.communityId()))
                        || permissions.may(actor, Action.FACILITATE_DECISIONS, decision.communityId()));
    }

    void require(Actor actor, Decision decision) {
        if (!may(actor, decision)) {
            throw new NotAllowedException(Action.FACILITATE_DECISIONS, actor.signedIn());
        }
    }
}
