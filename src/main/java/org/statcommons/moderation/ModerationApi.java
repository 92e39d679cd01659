package org.statcommons.moderation;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Communities;
import org.statcommons.community.Community;
import org.statcommons.platform.NotFoundException;

/** Flags and the moderation queue over JSON, with the same rules as the forms. */
@RestController
class ModerationApi {

    record FlagBody(String item, String reason, String note) {
    }

    record FlagJson(long entry, String item, boolean repeated, String message) {
    }

    record EntryJson(long id, String item, Long authorId, String author, String title, String excerpt, String link,
                     String status, String outcome, int flags, Map<FlagReason, Integer> reasons, List<Reports.Note> notes,
                     Instant lastFlaggedAt, Instant closedAt) {
    }

    record DecisionBody(String decision, String reason, Integer days) {
    }

    private final Flagging flagging;
    private final Communities communities;
    private final Permissions permissions;
    private final Reports reports;
    private final ModerationDecisions decisions;

    ModerationApi(Flagging flagging, Communities communities, Permissions permissions, Reports reports,
                  ModerationDecisions decisions) {
        this.flagging = flagging;
        this.communities = communities;
        this.permissions = permissions;
        this.reports = reports;
        this.decisions = decisions;
    }

    @PostMapping("/api/v1/flags")
    ResponseEntity<FlagJson> flag(@RequestBody(required = false) FlagBody body, Actor actor) {
        permissions.require(actor, Action.FLAG_CONTENT);
        FlagBody flag = body == null ? new FlagBody(null, null, null) : body;
        Flagging.Flagged flagged = flagging.flag(actor, flag.item(), flag.reason(), flag.note());
        FlagJson json = new FlagJson(flagged.reportId(), flagged.item().item().key(), flagged.repeated(), flagged.repeated()
                ? "You had already flagged this; your flag now has this reason. Thank you."
                : "Thank you: the moderators will look at it.");
        return flagged.repeated() ? ResponseEntity.ok(json)
                : ResponseEntity.created(URI.create("/api/v1/flags/" + flagged.reportId())).body(json);
    }

    /** The open entries (or, with {@code status=closed}, the latest decided ones). */
    @GetMapping("/api/v1/communities/{slug}/moderation/flags")
    List<EntryJson> list(@PathVariable String slug, @RequestParam(defaultValue = "open") String status, Actor actor) {
        Community community = communities.require(slug);
        permissions.require(actor, Action.MODERATE_CONTENT, community.id());
        List<Reports.Report> found = "closed".equalsIgnoreCase(status)
                ? reports.closed(community.id(), QueueController.SHOWN) : reports.open(community.id(), QueueController.SHOWN);
        return found.stream().map(ModerationApi::json).toList();
    }

    @PostMapping("/api/v1/communities/{slug}/moderation/flags/{id}/decision")
    EntryJson decide(@PathVariable String slug, @PathVariable long id, @RequestBody(required = false) DecisionBody body,
                     Actor actor) {
        Community community = communities.require(slug);
        permissions.require(actor, Action.MODERATE_CONTENT, community.id());
        DecisionBody decision = body == null ? new DecisionBody(null, null, null) : body;
        ModerationDecisions.Kind kind = ModerationDecisions.Kind.parse(decision.decision());
        if (kind == ModerationDecisions.Kind.SUSPEND) {
            permissions.require(actor, Action.SUSPEND_MEMBER, community.id());
        } else if (kind == ModerationDecisions.Kind.REMOVE) {
            permissions.require(actor, Action.REMOVE_MEMBER, community.id());
        }
        if (!decisions.inQueue(id, community.id())) {
            throw new NotFoundException("There is no such entry in this community's queue.");
        }
        decisions.decide(actor, id, kind, decision.reason(), decision.days());
        return json(reports.byId(id).orElseThrow());
    }

    private static EntryJson json(Reports.Report r) {
        return new EntryJson(r.id(), r.item(), r.authorId(), r.authorName(), r.title(), r.excerpt(), r.link(),
                r.open() ? "OPEN" : "CLOSED", r.outcome(), r.count(), r.reasons(), r.notes(), r.lastFlaggedAt(), r.closedAt());
    }
}
