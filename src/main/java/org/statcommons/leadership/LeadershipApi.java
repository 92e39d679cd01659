package org.statcommons.leadership;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
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
 * Co-lead terms and elections over JSON (docs/api.md): the terms as public as the landing page, the elections for
 * those who see the members' area; the same use cases, rules and refusals as the screens.
 */
@RestController
@RequestMapping("/api/v1/communities/{slug}")
class LeadershipApi {

    record TermJson(
            long id,
            long accountId,
            String name,
            LocalDate startsOn,
            LocalDate endsOn,
            boolean extended,
            LocalDate originalEndsOn,
            Long bodyId,
            Long electionId,
            boolean current) {}

    record ElectionJson(
            long id,
            long bodyId,
            String body,
            String title,
            int seats,
            String state,
            Instant nominationsEnd,
            Instant votingEnd,
            LocalDate termStartsOn,
            List<NominationJson> nominations,
            List<CandidateJson> candidates,
            int eligible,
            int voted,
            Boolean youVoted,
            List<SeatJson> results) {}

    record NominationJson(long id, long nomineeId, String nominee, String nominatedBy, String status) {}

    record CandidateJson(long id, String name) {}

    record SeatJson(
            int seat,
            Long winnerId,
            String winner,
            boolean termBegun,
            List<String> candidates,
            List<RoundJson> rounds) {}

    /** A round's votes by candidate name (null for one eliminated before it). */
    record RoundJson(int round, List<Integer> votes, int exhausted, String eliminated, String tieBreak) {}

    record NominationRequest(String nominee) {}

    record AnswerRequest(Boolean accept) {}

    record BallotRequest(List<Long> ranking) {}

    private final Terms terms;
    private final Elections elections;
    private final RecordTerm recordTerm;
    private final ExtendTerm extendTerm;
    private final SetUpElection setUpElection;
    private final Nominate nominate;
    private final OpenVoting openVoting;
    private final CastBallot castBallot;
    private final ElectionPresenter presenter;

    LeadershipApi(
            Terms terms,
            Elections elections,
            RecordTerm recordTerm,
            ExtendTerm extendTerm,
            SetUpElection setUpElection,
            Nominate nominate,
            OpenVoting openVoting,
            CastBallot castBallot,
            ElectionPresenter presenter) {
        this.terms = terms;
        this.elections = elections;
        this.recordTerm = recordTerm;
        this.extendTerm = extendTerm;
        this.setUpElection = setUpElection;
        this.nominate = nominate;
        this.openVoting = openVoting;
        this.castBallot = castBallot;
        this.presenter = presenter;
    }

    @GetMapping("/co-leads")
    List<TermJson> terms(@Permitted(Action.VIEW_COMMUNITY_LANDING) Community community) {
        List<Term> all = terms.of(community.id());
        Map<Long, String> names =
                presenter.names(all.stream().map(Term::accountId).distinct().toList());
        LocalDate today = presenter.today();
        return all.stream().map(t -> json(t, names, today)).toList();
    }

    /** {@code {"person": "12", "startsOn": "2027-01-01", "endsOn": null, "body": "3"}}. */
    @PostMapping("/co-leads")
    ResponseEntity<TermJson> record(
            @Permitted(Action.MANAGE_CO_LEADS) Community community,
            @RequestBody(required = false) NewTerm body,
            Actor actor) {
        long id = recordTerm.record(actor, community, body == null ? new NewTerm(null, null, null, null) : body);
        return ResponseEntity.created(URI.create("/api/v1/communities/" + community.slug() + "/co-leads"))
                .body(term(community, id));
    }

    @PostMapping("/co-leads/{id}/extension")
    TermJson extend(@Permitted(Action.MANAGE_CO_LEADS) Community community, @PathVariable long id, Actor actor) {
        extendTerm.extend(actor, community, id);
        return term(community, id);
    }

    @GetMapping("/elections")
    List<ElectionJson> elections(@Permitted(Action.VIEW_COMMUNITY_INSIDE) Community community, Actor actor) {
        return elections.of(community.id()).stream()
                .filter(e -> e.state() != ElectionState.DRAFT || presenter.manages(actor, community))
                .map(e -> json(presenter.present(actor, community, e)))
                .toList();
    }

    /** The form's fields; times with an offset, or in the caller's zone without one. */
    @PostMapping("/elections")
    ResponseEntity<ElectionJson> setUp(
            @Permitted(Action.MANAGE_CO_LEADS) Community community,
            @RequestBody(required = false) NewElection body,
            Actor actor,
            TimePresenter times) {
        long id = setUpElection.setUp(
                actor,
                community,
                body == null ? new NewElection(null, null, null, null, null, null) : body,
                times.zone());
        return ResponseEntity.created(URI.create("/api/v1/communities/" + community.slug() + "/elections/" + id))
                .body(election(community, id, actor));
    }

    @GetMapping("/elections/{id}")
    ElectionJson election(
            @Permitted(Action.VIEW_COMMUNITY_INSIDE) Community community, @PathVariable long id, Actor actor) {
        return json(presenter.present(actor, community, presenter.visible(actor, community, id)));
    }

    @PostMapping("/elections/{id}/nominations")
    ElectionJson nominate(
            @Permitted(Action.NOMINATE_CANDIDATE) Community community,
            @PathVariable long id,
            @RequestBody(required = false) NominationRequest body,
            Actor actor) {
        nominate.nominate(actor, community, id, body == null ? null : body.nominee());
        return election(community, id, actor);
    }

    @PostMapping("/elections/{id}/nominations/{nomination}/answer")
    ElectionJson answer(
            @Permitted(Action.NOMINATE_CANDIDATE) Community community,
            @PathVariable long id,
            @PathVariable long nomination,
            @RequestBody(required = false) AnswerRequest body,
            Actor actor) {
        nominate.answer(actor, community, id, nomination, body != null && Boolean.TRUE.equals(body.accept()));
        return election(community, id, actor);
    }

    @PostMapping("/elections/{id}/voting")
    ElectionJson open(@Permitted(Action.MANAGE_CO_LEADS) Community community, @PathVariable long id, Actor actor) {
        openVoting.open(actor, community, id);
        return election(community, id, actor);
    }

    /** {@code {"ranking": [candidate account ids, most preferred first]}}. */
    @PostMapping("/elections/{id}/ballots")
    ResponseEntity<Void> vote(
            @Permitted(Action.VOTE_IN_DECISIONS) Community community,
            @PathVariable long id,
            @RequestBody(required = false) BallotRequest body,
            Actor actor) {
        castBallot.castOrder(actor, community, id, body == null ? null : body.ranking());
        return ResponseEntity.noContent().build();
    }

    private TermJson term(Community community, long id) {
        Term term =
                terms.find(id).filter(t -> t.communityId() == community.id()).orElseThrow();
        return json(term, presenter.names(List.of(term.accountId())), presenter.today());
    }

    private static TermJson json(Term t, Map<Long, String> names, LocalDate today) {
        return new TermJson(
                t.id(),
                t.accountId(),
                names.getOrDefault(t.accountId(), "?"),
                t.startsOn(),
                t.endsOn(),
                t.extended(),
                t.originalEndsOn(),
                t.bodyId(),
                t.electionId(),
                t.current(today));
    }

    private static ElectionJson json(ElectionPresenter.ElectionView view) {
        Election e = view.election();
        return new ElectionJson(
                e.id(),
                e.bodyId(),
                view.body(),
                // a proposed draft's title in the request's language; a typed title as typed
                e.titleIn(TimePresenter.anonymous()
                        .inLanguage(Language.ofRequest().locale())),
                e.seats(),
                e.state().name(),
                e.nominationsEnd(),
                e.votingEnd(),
                e.termStartsOn(),
                view.nominations().stream()
                        .map(n -> new NominationJson(
                                n.id(),
                                n.nomineeId(),
                                n.nominee(),
                                n.nominatedBy(),
                                n.status().name()))
                        .toList(),
                view.candidates().stream()
                        .map(c -> new CandidateJson(c.id(), c.name()))
                        .toList(),
                view.turnout().eligible(),
                view.turnout().voted(),
                view.eligible() ? view.voted() : null,
                view.seats().stream()
                        .map(s -> new SeatJson(
                                s.number(),
                                s.winnerId(),
                                s.winner(),
                                s.termBegun(),
                                s.candidates(),
                                s.rounds().stream()
                                        .map(r -> new RoundJson(
                                                r.number(), r.votes(), r.exhausted(), r.eliminated(), r.tieRule()))
                                        .toList()))
                        .toList());
    }
}
