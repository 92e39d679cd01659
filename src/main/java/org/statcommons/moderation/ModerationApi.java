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
import org.statcommons.community.Community;
import org.statcommons.community.Permitted;
import org.statcommons.platform.Text;
import org.statcommons.platform.i18n.Language;

/** Flags and the moderation queue over JSON, with the same rules as the forms. */
@RestController
class ModerationApi {

    record FlagJson(long entry, String item, boolean repeated, String message) {}

    record EntryJson(
            long id,
            String item,
            Long authorId,
            String author,
            String title,
            String excerpt,
            String link,
            String status,
            String outcome,
            int flags,
            Map<FlagReason, Integer> reasons,
            List<QueueEntry.Note> notes,
            Instant lastFlaggedAt,
            Instant closedAt) {

        static EntryJson of(QueueEntry e) {
            return new EntryJson(
                    e.id(),
                    e.item(),
                    e.authorId(),
                    e.authorName(),
                    // the item's name in the caller's language, as the queue shows it
                    e.shownTitle(Language.ofRequest().locale()),
                    e.excerpt(),
                    e.link(),
                    e.open() ? "OPEN" : "CLOSED",
                    e.outcome(),
                    e.count(),
                    e.reasons(),
                    e.notes(),
                    e.lastFlaggedAt(),
                    e.closedAt());
        }
    }

    /** A decision as the API takes it; {@code days} counts only for a suspension. */
    record DecisionJson(String decision, String reason, Integer days) {

        DecisionRequest request() {
            DecisionKind kind = DecisionKind.parse(decision);
            return new DecisionRequest(kind, reason, kind == DecisionKind.SUSPEND ? days : null);
        }
    }

    private final FlagItem flagItem;
    private final Permissions permissions;
    private final QueueEntries entries;
    private final DecideOnEntry decideOnEntry;

    ModerationApi(FlagItem flagItem, Permissions permissions, QueueEntries entries, DecideOnEntry decideOnEntry) {
        this.flagItem = flagItem;
        this.permissions = permissions;
        this.entries = entries;
        this.decideOnEntry = decideOnEntry;
    }

    @PostMapping("/api/v1/flags")
    ResponseEntity<FlagJson> flag(@RequestBody(required = false) NewFlag body, Actor actor) {
        permissions.require(actor, Action.FLAG_CONTENT);
        FlagItem.Flagged flagged = flagItem.flag(actor, body == null ? new NewFlag(null, null, null) : body);
        FlagJson json = new FlagJson(
                flagged.entryId(),
                flagged.item().item().key(),
                flagged.repeated(),
                // the flagger's language, as the page after flagging says it
                Text.of(flagged.repeated() ? "moderation.flagged.repeated" : "moderation.flagged.first")
                        .in(Language.ofRequest()));
        return flagged.repeated()
                ? ResponseEntity.ok(json)
                : ResponseEntity.created(URI.create("/api/v1/flags/" + flagged.entryId()))
                        .body(json);
    }

    /** The open entries (or, with {@code status=closed}, the latest decided ones). */
    @GetMapping("/api/v1/communities/{slug}/moderation/flags")
    List<EntryJson> list(
            @Permitted(Action.MODERATE_CONTENT) Community community,
            @RequestParam(defaultValue = "open") String status) {
        List<QueueEntry> found = "closed".equalsIgnoreCase(status)
                ? entries.closed(community.id(), QueueController.SHOWN)
                : entries.open(community.id(), QueueController.SHOWN);
        return found.stream().map(EntryJson::of).toList();
    }

    @PostMapping("/api/v1/communities/{slug}/moderation/flags/{id}/decision")
    EntryJson decide(
            @Permitted(Action.MODERATE_CONTENT) Community community,
            @PathVariable long id,
            @RequestBody(required = false) DecisionJson body,
            Actor actor) {
        decideOnEntry.decide(
                actor, community, id, (body == null ? new DecisionJson(null, null, null) : body).request());
        return EntryJson.of(entries.byId(id).orElseThrow());
    }
}
