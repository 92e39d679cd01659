package org.statcommons.decisions;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.NotAllowedException;
import org.statcommons.access.Permissions;
import org.statcommons.community.Community;
import org.statcommons.identity.Accounts;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.Text;
import org.statcommons.platform.TextInput;

/**
 * An eligible person votes, or changes their vote, until the deadline: after it (or once closed) 409; someone the
 * policy lets vote in the community but who is not in this decision's electorate, 403 saying so. The decision's row
 * is locked shared for the vote, so that closing (which locks it exclusively) sees every vote taken before it.
 */
@Service
class CastVote {

    private final Permissions permissions;
    private final DecisionRecords decisions;
    private final DecisionOptions options;
    private final Electorates electorates;
    private final Votes votes;
    private final Accounts accounts;
    private final Clock clock;

    CastVote(
            Permissions permissions,
            DecisionRecords decisions,
            DecisionOptions options,
            Electorates electorates,
            Votes votes,
            Accounts accounts,
            Clock clock) {
        this.permissions = permissions;
        this.decisions = decisions;
        this.options = options;
        this.electorates = electorates;
        this.votes = votes;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Transactional
    void cast(Actor actor, Community community, long id, NewVote vote) {
        permissions.require(actor, Action.VOTE_IN_DECISIONS, community.id());
        Decision decision = decisions.lock(community.id(), id, false);
        Instant now = clock.instant();
        if (!decision.takesVotesAt(now)) {
            throw new ConflictException(Text.of("decisions.vote.closed"));
        }
        if (!electorates.eligible(id, actor.accountId())) {
            throw new NotAllowedException(
                    Action.VOTE_IN_DECISIONS, true, Text.of("decisions.vote.not-eligible", decision.eligibleCount()));
        }
        String choice = null;
        String reason = "";
        int[] ballot = new int[0];
        if (decision.kind().hasOptions()) {
            List<String> labels = options.of(id);
            ballot = switch (decision.kind()) {
                case RANKED ->
                    vote.ranking() != null
                            ? RankedBallot.fromOrder("ranking", vote.ranking(), labels)
                            : RankedBallot.fromRanks("ranking", vote.ranks(), labels);
                case SCORE -> scores(vote.scores(), labels, decision.maxScore());
                default -> chosen(vote.chosen(), labels, decision.maxChoices());
            };
        } else {
            TextInput input = new TextInput();
            choice = vote.choice() == null ? "" : vote.choice().strip();
            if (!decision.kind().answers().contains(choice)) {
                input.error("choice", Text.of("decisions.vote.choose"));
            }
            reason = input.block(
                    "reason",
                    Text.of("decisions.field.reason"),
                    vote.reason(),
                    DecisionRules.MAX_REASON,
                    decision.kind().needsReason(choice));
            input.throwIfInvalid();
        }
        String name = accounts.byId(actor.accountId()).orElseThrow().displayName();
        votes.cast(id, actor.accountId(), name, choice, reason, ballot, now);
    }

    private static int[] scores(Map<Integer, String> typed, List<String> labels, int max) {
        int[] scores = new int[labels.size()];
        for (Map.Entry<Integer, String> entry : typed.entrySet()) {
            int option = entry.getKey();
            if (option < 0 || option >= labels.size()) {
                throw new InvalidInputException("scores", Text.of("decisions.ranked.unknown", String.valueOf(option)));
            }
            String value = entry.getValue() == null ? "" : entry.getValue().strip();
            if (value.isEmpty()) {
                continue;
            }
            try {
                scores[option] = Integer.parseInt(value);
            } catch (NumberFormatException e) {
                scores[option] = -1;
            }
            if (scores[option] < 0 || scores[option] > max) {
                throw new InvalidInputException(
                        "scores", Text.of("decisions.vote.score-range", labels.get(option), max, value));
            }
        }
        return scores;
    }

    private static int[] chosen(List<Integer> chosen, List<String> labels, int max) {
        Set<Integer> options = new LinkedHashSet<>();
        for (Integer option : chosen) {
            if (option == null || option < 0 || option >= labels.size()) {
                throw new InvalidInputException("chosen", Text.of("decisions.ranked.unknown", String.valueOf(option)));
            }
            if (!options.add(option)) {
                throw new InvalidInputException("chosen", Text.of("decisions.ranked.duplicate", labels.get(option)));
            }
        }
        if (options.isEmpty() || options.size() > max) {
            throw new InvalidInputException("chosen", Text.of("decisions.vote.choices", max, options.size()));
        }
        return options.stream().mapToInt(Integer::intValue).toArray();
    }
}
