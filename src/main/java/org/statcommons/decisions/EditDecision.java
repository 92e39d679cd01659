package org.statcommons.decisions;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Community;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.Text;
import org.statcommons.platform.TextInput;

/**
 * The proposer or a facilitator corrects a decision's title and text while it is open (a typo, a link); its kind,
 * options, deadline and electorate stay as they were proposed, since votes were cast on them. Closed: 409.
 */
@Service
class EditDecision {

    private final Permissions permissions;
    private final StewardshipChecker stewards;
    private final DecisionRecords decisions;

    EditDecision(Permissions permissions, StewardshipChecker stewards, DecisionRecords decisions) {
        this.permissions = permissions;
        this.stewards = stewards;
        this.decisions = decisions;
    }

    /** {@code title} or {@code body} null: kept as it is. */
    @Transactional
    void edit(Actor actor, Community community, long id, String title, String body) {
        permissions.require(actor, Action.PROPOSE_DECISION, community.id());
        Decision decision = decisions.lock(community.id(), id, true);
        stewards.require(actor, decision);
        if (decision.closed()) {
            throw new ConflictException(Text.of("decisions.closed"));
        }
        TextInput input = new TextInput();
        String newTitle = input.line(
                "title",
                Text.of("decisions.field.title"),
                title == null ? decision.title() : title,
                DecisionRules.MAX_TITLE,
                true);
        String newBody = input.block(
                "body",
                Text.of("decisions.field.body"),
                body == null ? decision.body() : body,
                DecisionRules.MAX_BODY,
                false);
        input.throwIfInvalid();
        decisions.edit(id, newTitle, newBody);
    }
}
