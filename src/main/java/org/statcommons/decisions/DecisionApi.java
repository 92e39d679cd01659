package org.statcommons.decisions;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.community.Community;
import org.statcommons.community.Permitted;
import org.statcommons.platform.TimePresenter;
import org.statcommons.platform.i18n.Language;

/**
 * Decisions over JSON, with the same rules as the screens: the list, proposing, reading, correcting the text,
 * voting, the tally, closing with the outcome statement. Bad input is a problem naming the field; a vote after the
 * deadline 409; a vote by someone outside the electorate 403.
 */
@RestController
@RequestMapping("/api/v1/communities/{slug}/decisions")
class DecisionApi {

    record DecisionJson(
            long id,
            String title,
            String body,
            String kind,
            String visibility,
            String tallyShown,
            int quorumPercent,
            String majority,
            int maxScore,
            int maxChoices,
            List<String> options,
            Instant deadline,
            String proposer,
            SubjectJson subject,
            BodyJson decidedBy,
            int eligible,
            int voted,
            boolean open,
            Instant closedAt,
            String outcome,
            String winner,
            String statement,
            String link) {}

    record SubjectJson(String kind, long id, String title, String link) {}

    /** The body whose members decide, named as it was when the decision was proposed. */
    record BodyJson(long id, String name) {}

    record TallyJson(
            int eligible,
            int voted,
            boolean shown,
            Integer quorumNeeded,
            Boolean quorumMet,
            List<LineJson> lines,
            String outcome,
            String winner,
            List<RoundJson> rounds) {}

    record LineJson(String answer, Integer option, String label, long value, Double mean) {}

    /** One round of an instant runoff: votes by option position (eliminated ones absent), who was eliminated. */
    record RoundJson(Map<Integer, Integer> votes, int exhausted, Integer eliminated, String tieBreak) {}

    /** Consent/vote: choice and reason; ranked: ranking; score: scores (option position → score); poll: chosen. */
    record VoteBody(
            String choice, String reason, List<Integer> ranking, Map<Integer, String> scores, List<Integer> chosen) {}

    /** The caller's vote as recorded: the answer and reason, or the ballot (option positions, or scores). */
    record MyVoteJson(String choice, String reason, List<Integer> ballot, Instant castAt) {}

    record EditBody(String title, String body) {}

    record StatementBody(String statement) {}

    private final DecisionPresenter presenter;
    private final ProposeDecision proposeDecision;
    private final EditDecision editDecision;
    private final CastVote castVote;
    private final CloseDecision closeDecision;

    DecisionApi(
            DecisionPresenter presenter,
            ProposeDecision proposeDecision,
            EditDecision editDecision,
            CastVote castVote,
            CloseDecision closeDecision) {
        this.presenter = presenter;
        this.proposeDecision = proposeDecision;
        this.editDecision = editDecision;
        this.castVote = castVote;
        this.closeDecision = closeDecision;
    }

    @GetMapping
    List<DecisionJson> list(@Permitted(Action.VIEW_COMMUNITY_LANDING) Community community, Actor actor) {
        return presenter.list(actor, community, DecisionLogController.SHOWN).stream()
                .map(listed -> json(
                        community,
                        listed.decision(),
                        presenter.options(listed.decision().id()),
                        listed.voted()))
                .toList();
    }

    /** The same fields as the form; {@code deadline} with an offset, or in the proposer's zone without one. */
    @PostMapping
    ResponseEntity<DecisionJson> propose(
            @Permitted(Action.PROPOSE_DECISION) Community community,
            @RequestBody(required = false) DecisionForm body,
            Actor actor,
            TimePresenter times) {
        DecisionForm sent = body == null
                ? new DecisionForm(null, null, null, null, null, null, null, null, null, null, null, null)
                : body;
        long id = proposeDecision.propose(actor, community, sent, times.zone());
        return ResponseEntity.created(URI.create(DecisionAddress.api(community.slug(), id)))
                .body(show(community, id, actor));
    }

    @GetMapping("/{id}")
    DecisionJson show(
            @Permitted(Action.VIEW_COMMUNITY_LANDING) Community community, @PathVariable long id, Actor actor) {
        Decision decision = presenter.readable(actor, community, id);
        return json(community, decision, presenter.options(id), presenter.voted(id));
    }

    @PatchMapping("/{id}")
    DecisionJson edit(
            @Permitted(Action.PROPOSE_DECISION) Community community,
            @PathVariable long id,
            @RequestBody(required = false) EditBody body,
            Actor actor) {
        EditBody sent = body == null ? new EditBody(null, null) : body;
        editDecision.edit(actor, community, id, sent.title(), sent.body());
        return show(community, id, actor);
    }

    /** Answers with the vote as recorded, not the tally: casting stays cheap whatever the number of votes. */
    @PutMapping("/{id}/vote")
    MyVoteJson vote(
            @Permitted(Action.VOTE_IN_DECISIONS) Community community,
            @PathVariable long id,
            @RequestBody(required = false) VoteBody body,
            Actor actor) {
        VoteBody sent = body == null ? new VoteBody(null, null, null, null, null) : body;
        castVote.cast(
                actor,
                community,
                id,
                new NewVote(sent.choice(), sent.reason(), sent.ranking(), Map.of(), sent.scores(), sent.chosen()));
        Vote vote = presenter.myVote(actor, id).orElseThrow();
        return new MyVoteJson(
                vote.choice(),
                vote.reason(),
                java.util.Arrays.stream(vote.ballot()).boxed().toList(),
                vote.castAt());
    }

    @GetMapping("/{id}/tally")
    TallyJson tally(@Permitted(Action.VIEW_COMMUNITY_LANDING) Community community, @PathVariable long id, Actor actor) {
        Decision decision = presenter.readable(actor, community, id);
        return presenter
                .tally(actor, community, id)
                .map(tally -> tallyJson(decision, presenter.options(id), tally))
                .orElseGet(() -> new TallyJson(
                        decision.eligibleCount(), presenter.voted(id), false, null, null, null, null, null, null));
    }

    @PostMapping("/{id}/close")
    DecisionJson close(
            @Permitted(Action.PROPOSE_DECISION) Community community,
            @PathVariable long id,
            @RequestBody(required = false) StatementBody body,
            Actor actor) {
        closeDecision.close(actor, community, id, body == null ? null : body.statement());
        return show(community, id, actor);
    }

    @PutMapping("/{id}/statement")
    DecisionJson statement(
            @Permitted(Action.PROPOSE_DECISION) Community community,
            @PathVariable long id,
            @RequestBody(required = false) StatementBody body,
            Actor actor) {
        closeDecision.writeStatement(actor, community, id, body == null ? null : body.statement());
        return show(community, id, actor);
    }

    private static DecisionJson json(Community community, Decision d, List<String> options, int voted) {
        DecisionSubject s = d.subject();
        // StatCommons' own words (an approval's) in the request's language; typed words as typed
        TimePresenter times =
                TimePresenter.anonymous().inLanguage(Language.ofRequest().locale());
        return new DecisionJson(
                d.id(),
                d.titleIn(times),
                d.bodyIn(times),
                d.kind().name(),
                d.visibility().name(),
                d.tallyShown().name(),
                d.quorum().percent(),
                d.majority().name(),
                d.maxScore(),
                d.maxChoices(),
                options,
                d.deadline(),
                d.proposerName(),
                s == null ? null : new SubjectJson(s.kind(), s.id(), s.title(), s.link()),
                d.bodyId() == null ? null : new BodyJson(d.bodyId(), d.bodyName()),
                d.eligibleCount(),
                voted,
                !d.closed(),
                d.closedAt(),
                d.outcome() == null ? null : d.outcome().name(),
                d.winner() == null ? null : options.get(d.winner()),
                d.statement(),
                DecisionAddress.decision(community.slug(), d.id()));
    }

    private static TallyJson tallyJson(Decision decision, List<String> options, Tally tally) {
        List<RoundJson> rounds = null;
        if (tally.runoff() != null) {
            rounds = tally.runoff().rounds().stream()
                    .map(round -> {
                        Map<Integer, Integer> votes = new java.util.TreeMap<>();
                        for (int c = 0; c < options.size(); c++) {
                            if (round.continues(c)) {
                                votes.put(c, round.votesOf(c));
                            }
                        }
                        return new RoundJson(
                                votes,
                                round.exhausted(),
                                round.eliminated(),
                                round.tieBreak() == null
                                        ? null
                                        : round.tieBreak().rule().name());
                    })
                    .toList();
        }
        return new TallyJson(
                tally.eligible(),
                tally.voted(),
                true,
                tally.quorumNeeded(),
                tally.quorumMet(),
                tally.lines().stream()
                        .map(line -> new LineJson(
                                line.answer(),
                                line.option(),
                                line.label(),
                                line.value(),
                                decision.kind() == DecisionKind.SCORE ? line.mean() / 10.0 : null))
                        .toList(),
                tally.outcome().name(),
                tally.winner() == null ? null : options.get(tally.winner()),
                rounds);
    }
}
