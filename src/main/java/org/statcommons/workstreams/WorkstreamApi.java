package org.statcommons.workstreams;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.community.Community;
import org.statcommons.community.Permitted;

/**
 * Workstreams and workplans over JSON: list and show them (members and guests), propose a workstream, submit it to a
 * body (its lead), add an item to a workplan (the secretariat). Refusals are RFC 9457 problems, as everywhere.
 */
@RestController
class WorkstreamApi {

    record PersonJson(long accountId, String name, String part) {}

    record ReportJson(LocalDate dueOn, String page, String summary, Instant submittedAt) {}

    /** A workstream; {@code people} and {@code reports} only when one is asked for. */
    record WorkstreamJson(
            long id,
            String slug,
            String title,
            String objectives,
            int durationMonths,
            int reportEveryMonths,
            String status,
            String termsOfReference,
            Long decisionId,
            Long topicGroupId,
            LocalDate approvedOn,
            LocalDate nextReport,
            List<LocalDate> overdueReports,
            List<PersonJson> people,
            List<ReportJson> reports) {}

    record SubmittedJson(long decisionId) {}

    record ItemJson(
            long id,
            String activity,
            Long workstreamId,
            String owners,
            LocalDate startsOn,
            LocalDate dueOn,
            String status,
            boolean overdue,
            String deliverable) {}

    /** A workplan; {@code items} only when one is asked for. */
    record WorkplanJson(
            long id,
            String title,
            String kind,
            LocalDate startsOn,
            LocalDate endsOn,
            String status,
            Long decisionId,
            List<ItemJson> items) {}

    private final Workstreams workstreams;
    private final WorkstreamPresenter presenter;
    private final ProposeWorkstream proposeWorkstream;
    private final SubmitWorkstream submitWorkstream;
    private final Workplans workplans;
    private final WorkplanItems items;
    private final AddWorkplanItem addItem;

    WorkstreamApi(
            Workstreams workstreams,
            WorkstreamPresenter presenter,
            ProposeWorkstream proposeWorkstream,
            SubmitWorkstream submitWorkstream,
            Workplans workplans,
            WorkplanItems items,
            AddWorkplanItem addItem) {
        this.workstreams = workstreams;
        this.presenter = presenter;
        this.proposeWorkstream = proposeWorkstream;
        this.submitWorkstream = submitWorkstream;
        this.workplans = workplans;
        this.items = items;
        this.addItem = addItem;
    }

    @GetMapping("/api/v1/communities/{slug}/workstreams")
    List<WorkstreamJson> list(@Permitted(Action.VIEW_COMMUNITY_INSIDE) Community community) {
        return presenter.list(community).stream()
                .map(l -> json(l.workstream(), l.nextReport(), l.overdue(), null, null))
                .toList();
    }

    @GetMapping("/api/v1/communities/{slug}/workstreams/{id}")
    WorkstreamJson show(
            @Permitted(Action.VIEW_COMMUNITY_INSIDE) Community community, @PathVariable long id, Actor actor) {
        return one(actor, community, workstreams.inCommunity(community, id));
    }

    @PostMapping("/api/v1/communities/{slug}/workstreams")
    ResponseEntity<WorkstreamJson> propose(
            @Permitted(Action.PROPOSE_WORKSTREAM) Community community, @RequestBody NewWorkstream body, Actor actor) {
        long id = proposeWorkstream.propose(actor, community, body);
        return ResponseEntity.created(URI.create("/api/v1/communities/" + community.slug() + "/workstreams/" + id))
                .body(one(actor, community, workstreams.inCommunity(community, id)));
    }

    @PostMapping("/api/v1/communities/{slug}/workstreams/{id}/submission")
    SubmittedJson submit(
            @Permitted(Action.VIEW_COMMUNITY_INSIDE) Community community,
            @PathVariable long id,
            @RequestBody ApprovalRequest body,
            Actor actor) {
        return new SubmittedJson(submitWorkstream.submit(actor, community, id, body));
    }

    @GetMapping("/api/v1/communities/{slug}/workplans")
    List<WorkplanJson> workplans(@Permitted(Action.VIEW_COMMUNITY_INSIDE) Community community) {
        return workplans.of(community.id()).stream().map(p -> json(p, null)).toList();
    }

    @GetMapping("/api/v1/communities/{slug}/workplans/{id}")
    WorkplanJson workplan(@Permitted(Action.VIEW_COMMUNITY_INSIDE) Community community, @PathVariable long id) {
        Workplan plan = workplans.inCommunity(community, id);
        LocalDate today = presenter.today();
        return json(plan, items.of(id).stream().map(i -> json(i, today)).toList());
    }

    @PostMapping("/api/v1/communities/{slug}/workplans/{id}/items")
    ResponseEntity<ItemJson> addItem(
            @Permitted(Action.MANAGE_WORKPLANS) Community community,
            @PathVariable long id,
            @RequestBody NewWorkplanItem body,
            Actor actor) {
        long itemId = addItem.add(actor, community, id, body);
        WorkplanItem item =
                items.of(id).stream().filter(i -> i.id() == itemId).findFirst().orElseThrow();
        return ResponseEntity.created(URI.create("/api/v1/communities/" + community.slug() + "/workplans/" + id))
                .body(json(item, presenter.today()));
    }

    private WorkstreamJson one(Actor actor, Community community, Workstream w) {
        WorkstreamPresenter.WorkstreamView view = presenter.view(actor, community, w);
        Map<LocalDate, WorkstreamPresenter.Due> dues =
                view.schedule().stream().collect(Collectors.toMap(WorkstreamPresenter.Due::on, Function.identity()));
        return json(
                w,
                w.status().running() ? w.schedule().next(presenter.today().minusDays(1)) : null,
                dues.values().stream()
                        .filter(WorkstreamPresenter.Due::overdue)
                        .map(WorkstreamPresenter.Due::on)
                        .sorted()
                        .toList(),
                view.people().stream()
                        .map(p -> new PersonJson(
                                p.account().id(),
                                p.account().displayName(),
                                p.part().name()))
                        .toList(),
                view.schedule().stream()
                        .filter(d -> d.report() != null)
                        .map(d -> new ReportJson(
                                d.on(),
                                d.report().pagePath(),
                                d.report().summary(),
                                d.report().submittedAt()))
                        .toList());
    }

    private static WorkstreamJson json(
            Workstream w, LocalDate next, List<LocalDate> overdue, List<PersonJson> people, List<ReportJson> reports) {
        return new WorkstreamJson(
                w.id(),
                w.slug(),
                w.title(),
                w.objectives(),
                w.durationMonths(),
                w.reportEveryMonths(),
                w.status().name(),
                w.termsPath(),
                w.decisionId(),
                w.topicGroupId(),
                w.approvedOn(),
                next,
                overdue,
                people,
                reports);
    }

    private static WorkplanJson json(Workplan p, List<ItemJson> items) {
        return new WorkplanJson(
                p.id(),
                p.title(),
                p.kind().name(),
                p.startsOn(),
                p.endsOn(),
                p.status().name(),
                p.decisionId(),
                items);
    }

    private static ItemJson json(WorkplanItem i, LocalDate today) {
        return new ItemJson(
                i.id(),
                i.activity(),
                i.workstreamId(),
                i.owners(),
                i.startsOn(),
                i.dueOn(),
                i.status().name(),
                i.overdue(today),
                i.deliverable());
    }
}
