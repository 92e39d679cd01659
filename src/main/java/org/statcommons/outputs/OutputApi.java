package org.statcommons.outputs;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.community.Community;
import org.statcommons.community.Permitted;

/** Outputs over JSON: list, show (with the history), declare, start the review, ask for approval, record a submission. */
@RestController
class OutputApi {

    record OutputJson(
            long id,
            String title,
            String path,
            long bodyId,
            String body,
            Long workstreamId,
            String stage,
            Instant reviewEndsAt,
            Long decisionId,
            Endorsement endorsement,
            Submission submission,
            List<StageJson> history) {}

    /** The endorsed version: main's commit and the page's blob then. */
    record Endorsement(String commit, String blob, Instant at) {}

    record Submission(String purpose, LocalDate date, String symbol) {}

    record StageJson(String stage, String by, Instant at) {}

    record DeclareJson(String title, String path, Long bodyId, Long workstreamId) {}

    record DaysJson(Integer days) {}

    record SubmissionJson(String purpose, String date, String symbol) {}

    private final Outputs outputs;
    private final DeclareOutput declareOutput;
    private final StartReview startReview;
    private final RequestApproval requestApproval;
    private final RecordSubmission recordSubmission;

    OutputApi(
            Outputs outputs,
            DeclareOutput declareOutput,
            StartReview startReview,
            RequestApproval requestApproval,
            RecordSubmission recordSubmission) {
        this.outputs = outputs;
        this.declareOutput = declareOutput;
        this.startReview = startReview;
        this.requestApproval = requestApproval;
        this.recordSubmission = recordSubmission;
    }

    @GetMapping("/api/v1/communities/{slug}/outputs")
    List<OutputJson> list(@Permitted(Action.VIEW_COMMUNITY_INSIDE) Community community) {
        return outputs.of(community.id()).stream().map(o -> json(o, null)).toList();
    }

    @GetMapping("/api/v1/communities/{slug}/outputs/{id}")
    OutputJson show(@Permitted(Action.VIEW_COMMUNITY_INSIDE) Community community, @PathVariable long id) {
        Output output = outputs.inCommunity(community, id);
        return json(output, outputs.history(output.id()));
    }

    @PostMapping("/api/v1/communities/{slug}/outputs")
    @ResponseStatus(HttpStatus.CREATED)
    OutputJson declare(
            @Permitted(Action.VIEW_COMMUNITY_INSIDE) Community community,
            @RequestBody(required = false) DeclareJson body,
            Actor actor) {
        DeclareJson sent = body == null ? new DeclareJson(null, null, null, null) : body;
        long id = declareOutput.declare(
                actor, community, new NewOutput(sent.title(), sent.path(), sent.bodyId(), sent.workstreamId()));
        return show(community, id);
    }

    @PostMapping("/api/v1/communities/{slug}/outputs/{id}/review")
    OutputJson review(
            @Permitted(Action.VIEW_COMMUNITY_INSIDE) Community community,
            @PathVariable long id,
            @RequestBody(required = false) DaysJson body,
            Actor actor) {
        startReview.start(
                actor, community, id, body == null || body.days() == null ? StartReview.DAYS_DEFAULT : body.days());
        return show(community, id);
    }

    @PostMapping("/api/v1/communities/{slug}/outputs/{id}/approval")
    OutputJson approval(
            @Permitted(Action.VIEW_COMMUNITY_INSIDE) Community community,
            @PathVariable long id,
            @RequestBody(required = false) DaysJson body,
            Actor actor) {
        requestApproval.request(
                actor, community, id, body == null || body.days() == null ? RequestApproval.DAYS_DEFAULT : body.days());
        return show(community, id);
    }

    @PostMapping("/api/v1/communities/{slug}/outputs/{id}/submission")
    OutputJson submission(
            @Permitted(Action.RECORD_OUTPUT_SUBMISSION) Community community,
            @PathVariable long id,
            @RequestBody(required = false) SubmissionJson body,
            Actor actor) {
        SubmissionJson sent = body == null ? new SubmissionJson(null, null, null) : body;
        recordSubmission.record(actor, community, id, new NewSubmission(sent.purpose(), sent.date(), sent.symbol()));
        return show(community, id);
    }

    private static OutputJson json(Output o, List<StageChange> history) {
        return new OutputJson(
                o.id(),
                o.title(),
                o.path(),
                o.bodyId(),
                o.bodyName(),
                o.workstreamId(),
                o.stage().name(),
                o.reviewEndsAt(),
                o.decisionId(),
                o.stage().endorsed() ? new Endorsement(o.endorsedCommit(), o.endorsedBlob(), o.endorsedAt()) : null,
                o.submittedOn() == null ? null : new Submission(o.submittedFor(), o.submittedOn(), o.documentSymbol()),
                history == null
                        ? null
                        : history.stream()
                                .map(h -> new StageJson(h.stage().name(), h.byName(), h.at()))
                                .toList());
    }
}
