package org.statcommons.decisions;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.NotAllowedException;
import org.statcommons.access.Permissions;
import org.statcommons.community.Community;
import org.statcommons.platform.Markdown;
import org.statcommons.platform.Text;
import org.statcommons.platform.TimePresenter;
import org.statcommons.platform.activity.ActivityTitle;
import org.statcommons.platform.i18n.Language;

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

    /**
     * An entry of the decision log as the reader reads it: a closed decision, or what another feature decided (an
     * election's results, {@link DecisionLogContent}). {@code decidedBy}, {@code subjectTitle} and {@code subjectLink}
     * may be null; {@code summary} may be empty.
     */
    record LogEntry(
            String anchor,
            String title,
            String link,
            Text outcome,
            boolean membersOnly,
            Instant closedAt,
            String decidedBy,
            String subjectTitle,
            String subjectLink,
            String summary,
            String author) {}

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
    private final ObjectProvider<DecisionLogContent> logContents;

    DecisionPresenter(
            Permissions permissions,
            DecisionRecords decisions,
            DecisionOptions options,
            Electorates electorates,
            Votes votes,
            StewardshipChecker stewards,
            Markdown markdown,
            Clock clock,
            ObjectProvider<DecisionLogContent> logContents) {
        this.permissions = permissions;
        this.decisions = decisions;
        this.options = options;
        this.electorates = electorates;
        this.votes = votes;
        this.stewards = stewards;
        this.markdown = markdown;
        this.clock = clock;
        this.logContents = logContents;
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

    DecisionView present(Actor actor, Community community, long id, TimePresenter times) {
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
                markdown.toHtml(decision.bodyIn(times)),
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

    /**
     * The decision log as this reader may read it, most recently closed first: the closed decisions among
     * {@code listed} (the list's newest decisions) and what other features decided, at most {@code limit}.
     */
    List<LogEntry> log(Actor actor, Community community, List<Listed> listed, TimePresenter times, int limit) {
        boolean members = permissions.may(actor, Action.VIEW_COMMUNITY_INSIDE, community.id());
        List<LogEntry> log = new ArrayList<>();
        listed.stream()
                .filter(l -> l.decision().closed())
                .forEach(l -> log.add(entry(community, l.decision(), l.statementExcerpt(), times)));
        return withOthers(log, community, members, times, limit);
    }

    /** The public decision log, most recently closed first (the Atom feed), in the feed's language. */
    List<LogEntry> publicLog(Community community, TimePresenter times, int limit) {
        List<LogEntry> log = new ArrayList<>();
        decisions.closedIn(community.id(), false, limit).forEach(d -> log.add(entry(community, d, null, times)));
        return withOthers(log, community, false, times, limit);
    }

    private List<LogEntry> withOthers(
            List<LogEntry> log, Community community, boolean members, TimePresenter times, int limit) {
        Language language = Language.of(times.locale());
        logContents
                .orderedStream()
                .flatMap(content -> content.decided(community, members, limit).stream())
                .filter(e -> members || e.visibility() == DecisionVisibility.PUBLIC)
                .forEach(e -> log.add(new LogEntry(
                        e.anchor(),
                        ActivityTitle.shown(e.title(), e.titleText(), times),
                        e.link(),
                        e.outcome(),
                        e.visibility() == DecisionVisibility.MEMBERS,
                        e.decidedAt(),
                        e.decidedBy(),
                        null,
                        null,
                        times.text(e.summary().in(language)),
                        e.author())));
        log.sort(Comparator.comparing(LogEntry::closedAt).reversed());
        return log.size() > limit ? List.copyOf(log.subList(0, limit)) : log;
    }

    private static LogEntry entry(Community community, Decision d, String excerpt, TimePresenter times) {
        return new LogEntry(
                "decision-" + d.id(),
                d.titleIn(times),
                DecisionAddress.decision(community.slug(), d.id()),
                Text.of("decisions.outcome." + d.outcome().name()),
                d.visibility() == DecisionVisibility.MEMBERS,
                d.closedAt(),
                d.bodyName(),
                d.subject() == null ? null : d.subject().title(),
                d.subject() == null ? null : d.subject().link(),
                excerpt == null ? Markdown.excerpt(d.statement()) : excerpt,
                d.proposerName());
    }

    private static boolean tallyShown(Decision decision, boolean voted) {
        return decision.closed() || (decision.tallyShown() == TallyShown.AFTER_VOTING && voted);
    }
}
