package org.statcommons.decisions;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.NotAllowedException;
import org.statcommons.access.Permissions;
import org.statcommons.community.Community;
import org.statcommons.platform.Markdown;

/**
 * What the decision screens and the API show. The tally is shown as the decision says (Loomio's rule): to a voter
 * once they voted, or to nobody until it closes; then to everyone who may read the decision. Before that, only how
 * many have voted. Members-only decisions are read by those who may see the members' area.
 */
@Component
class DecisionPresenter {

    /** A decision as one reader sees it. {@code tally} null while hidden from them; {@code votes} with it. */
    record DecisionView(
            Decision decision,
            String bodyHtml,
            String statementHtml,
            List<String> options,
            int voted,
            Tally tally,
            List<Vote> votes,
            Vote myVote,
            boolean eligible,
            boolean canVote,
            boolean steward,
            boolean open) {

        /** The rank the reader gave this option (ranked choice), or "" when none. */
        public String rankOf(int option) {
            if (myVote != null && decision.kind() == DecisionKind.RANKED) {
                for (int i = 0; i < myVote.ballot().length; i++) {
                    if (myVote.ballot()[i] == option) {
                        return Integer.toString(i + 1);
                    }
                }
            }
            return "";
        }

        /** The score the reader gave this option (score), or "" before they voted. */
        public String scoreOf(int option) {
            return myVote != null && decision.kind() == DecisionKind.SCORE && option < myVote.ballot().length
                    ? Integer.toString(myVote.ballot()[option])
                    : "";
        }

        /** Whether the reader chose this option (poll). */
        public boolean chose(int option) {
            return myVote != null
                    && decision.kind() == DecisionKind.POLL
                    && java.util.Arrays.stream(myVote.ballot()).anyMatch(o -> o == option);
        }

        /** The position of an option as a form value. */
        public List<Integer> positions() {
            return java.util.stream.IntStream.range(0, options.size()).boxed().toList();
        }
    }

    /** A line of the list: the decision, how many voted, and whether the reader may still vote on it. */
    record Listed(Decision decision, int voted, String statementExcerpt) {}

    /** The votes shown with their reasons on a decision's page, the latest first: the page stays small. */
    static final int SHOWN_VOTES = 100;

    private final Permissions permissions;
    private final DecisionRecords decisions;
    private final DecisionOptions options;
    private final Electorates electorates;
    private final Votes votes;
    private final StewardshipChecker stewards;
    private final Markdown markdown;
    private final Clock clock;

    DecisionPresenter(
            Permissions permissions,
            DecisionRecords decisions,
            DecisionOptions options,
            Electorates electorates,
            Votes votes,
            StewardshipChecker stewards,
            Markdown markdown,
            Clock clock) {
        this.permissions = permissions;
        this.decisions = decisions;
        this.options = options;
        this.electorates = electorates;
        this.votes = votes;
        this.stewards = stewards;
        this.markdown = markdown;
        this.clock = clock;
    }

    /** The decision if the reader may read it: 404 when it is not this community's, 403 when members-only. */
    Decision readable(Actor actor, Community community, long id) {
        Decision decision = decisions.inCommunity(community, id);
        if (decision.visibility() == DecisionVisibility.MEMBERS
                && !permissions.may(actor, Action.VIEW_COMMUNITY_INSIDE, community.id())) {
            throw new NotAllowedException(Action.VIEW_COMMUNITY_INSIDE, actor.signedIn());
        }
        return decision;
    }

    DecisionView present(Actor actor, Community community, long id) {
        Decision decision = readable(actor, community, id);
        Instant now = clock.instant();
        Optional<Vote> mine = actor.signedIn() ? votes.of(id, actor.accountId()) : Optional.empty();
        boolean eligible = actor.signedIn() && electorates.eligible(id, actor.accountId());
        boolean open = decision.takesVotesAt(now);
        List<String> labels = options.of(id);
        Tally tally = null;
        List<Vote> all = List.of();
        int voted;
        if (tallyShown(decision, mine.isPresent())) {
            tally = DecisionCounter.count(
                    decision, labels, votes.cast(id, !decision.kind().hasOptions()));
            voted = tally.voted();
            all = decision.kind().hasOptions() ? List.of() : votes.latest(id, SHOWN_VOTES);
        } else {
            voted = votes.count(id);
        }
        return new DecisionView(
                decision,
                markdown.toHtml(decision.body()),
                decision.statement().isEmpty() ? "" : markdown.toHtml(decision.statement()),
                labels,
                voted,
                tally,
                all,
                mine.orElse(null),
                eligible,
                eligible && open && permissions.may(actor, Action.VOTE_IN_DECISIONS, community.id()),
                stewards.may(actor, decision),
                open);
    }

    /** The tally, if this reader may see it now; empty while hidden. */
    Optional<Tally> tally(Actor actor, Community community, long id) {
        Decision decision = readable(actor, community, id);
        boolean voted = actor.signedIn() && votes.of(id, actor.accountId()).isPresent();
        if (!tallyShown(decision, voted)) {
            return Optional.empty();
        }
        return Optional.of(DecisionCounter.count(
                decision, options.of(id), votes.cast(id, !decision.kind().hasOptions())));
    }

    Optional<Vote> myVote(Actor actor, long id) {
        return actor.signedIn() ? votes.of(id, actor.accountId()) : Optional.empty();
    }

    int voted(long id) {
        return votes.count(id);
    }

    List<String> options(long id) {
        return options.of(id);
    }

    /** The community's decisions the reader may see, newest first. */
    List<Listed> list(Actor actor, Community community, int limit) {
        boolean members = permissions.may(actor, Action.VIEW_COMMUNITY_INSIDE, community.id());
        return decisions.ofCommunity(community.id(), members, limit).stream()
                .map(d -> new Listed(d, votes.count(d.id()), Markdown.excerpt(d.statement())))
                .toList();
    }

    /** The public decision log, most recently closed first (the Atom feed). */
    List<Decision> publicLog(Community community, int limit) {
        return decisions.closedIn(community.id(), false, limit);
    }

    private static boolean tallyShown(Decision decision, boolean voted) {
        return decision.closed() || (decision.tallyShown() == TallyShown.AFTER_VOTING && voted);
    }
}
