package org.statcommons.decisions;

import java.time.ZoneId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Community;
import org.statcommons.identity.Account;
import org.statcommons.identity.Accounts;

/**
 * A person proposes a decision on the web or through the API: to every member of the community, to the members of
 * one of its topic groups, or to the members of one of its bodies, as they are at this moment (the snapshot does not
 * follow later joins, departures or changed seats). Whether they may propose to that body is asked before the rest
 * of the form is read, so that a refused person hears "not allowed", not what they typed wrong.
 */
@Service
class ProposeDecision {

    private final Permissions permissions;
    private final ElectorateChooser electorates;
    private final Accounts accounts;
    private final DecisionProposer recorder;

    ProposeDecision(
            Permissions permissions, ElectorateChooser electorates, Accounts accounts, DecisionProposer recorder) {
        this.permissions = permissions;
        this.electorates = electorates;
        this.accounts = accounts;
        this.recorder = recorder;
    }

    @Transactional
    long propose(Actor actor, Community community, DecisionForm form, ZoneId zone) {
        permissions.require(actor, Action.PROPOSE_DECISION, community.id());
        DecisionElectorate electorate = electorates.choose(actor, community, form.electorate());
        NewDecision decision = form.command(zone);
        Account proposer = accounts.byId(actor.accountId()).orElseThrow();
        return recorder.record(
                community,
                electorate.topicGroupId(),
                electorate.body(),
                decision,
                proposer.id(),
                proposer.displayName(),
                null,
                electorate.eligible());
    }
}
