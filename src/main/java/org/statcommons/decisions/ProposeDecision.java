package org.statcommons.decisions;

import java.time.ZoneId;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Community;
import org.statcommons.community.Memberships;
import org.statcommons.community.TopicGroupMembers;
import org.statcommons.identity.Account;
import org.statcommons.identity.Accounts;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.Text;

/**
 * A person proposes a decision on the web or through the API: to every member of the community, or to the members
 * of one of its topic groups, as they are at this moment (the snapshot does not follow later joins and departures).
 */
@Service
class ProposeDecision {

    static final String WHOLE_COMMUNITY = "community";

    private final Permissions permissions;
    private final Memberships memberships;
    private final TopicGroupMembers topicGroups;
    private final Accounts accounts;
    private final DecisionProposer recorder;

    ProposeDecision(
            Permissions permissions,
            Memberships memberships,
            TopicGroupMembers topicGroups,
            Accounts accounts,
            DecisionProposer recorder) {
        this.permissions = permissions;
        this.memberships = memberships;
        this.topicGroups = topicGroups;
        this.accounts = accounts;
        this.recorder = recorder;
    }

    @Transactional
    long propose(Actor actor, Community community, DecisionForm form, ZoneId zone) {
        permissions.require(actor, Action.PROPOSE_DECISION, community.id());
        NewDecision decision = form.command(zone);
        String electorate = form.electorate() == null || form.electorate().isBlank()
                ? WHOLE_COMMUNITY
                : form.electorate().strip();
        Long topicGroupId = null;
        List<Long> eligible;
        if (WHOLE_COMMUNITY.equals(electorate)) {
            eligible = memberships.accountIds(community.id());
        } else {
            TopicGroupMembers.Group group = topicGroups.of(community.id()).stream()
                    .filter(g -> g.slug().equals(electorate))
                    .findFirst()
                    .orElseThrow(() -> new InvalidInputException(
                            "electorate", Text.of("decisions.input.unknown-topic-group", electorate)));
            topicGroupId = group.id();
            eligible = topicGroups.memberIds(group.id());
        }
        Account proposer = accounts.byId(actor.accountId()).orElseThrow();
        return recorder.record(
                community, topicGroupId, decision, proposer.id(), proposer.displayName(), null, eligible);
    }
}
