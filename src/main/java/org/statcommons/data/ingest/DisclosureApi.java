package org.statcommons.data.ingest;

import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.statcommons.access.Actor;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.Text;

/**
 * A dataset's disclosure rules and its draft's last check, for its data editors: {@code GET …/disclosure},
 * {@code PUT …/disclosure/rules} (the check runs again at once on a draft with stored data; rules it refuses are a
 * 400 problem naming why, and change nothing).
 */
@RestController
@RequestMapping("/api/v1/datasets/{datasetId}/disclosure")
class DisclosureApi {

    record SuppressionJson(
            String period, String measure, String cell, boolean primary, String confStatus, String reason) {}

    record CheckJson(
            long releaseId,
            long uploadId,
            boolean passed,
            String refusal,
            int tables,
            long nonEmptyCells,
            long primary,
            long secondary,
            String checkedBy,
            Instant checkedAt,
            List<SuppressionJson> suppressions,
            RecordsJson records) {}

    /** A record-level check's figures: the suppressions above are then its classes below k. */
    record RecordsJson(
            long records,
            long classes,
            long classesBelowK,
            int k,
            java.util.Map<String, Long> suppressedValues,
            List<String> directIdentifiersDropped) {}

    record DisclosureJson(DisclosureRulesForm rules, CheckJson check) {}

    private final SetDisclosureRules setDisclosureRules;
    private final DatasetReleases releases;
    private final DisclosureChecks checks;

    DisclosureApi(SetDisclosureRules setDisclosureRules, DatasetReleases releases, DisclosureChecks checks) {
        this.setDisclosureRules = setDisclosureRules;
        this.releases = releases;
        this.checks = checks;
    }

    @GetMapping
    DisclosureJson show(@PathVariable long datasetId, Actor actor) {
        DisclosureRulesForm rules = setDisclosureRules.current(actor, datasetId);
        return new DisclosureJson(
                rules,
                releases.readable(datasetId, actor, true)
                        .flatMap(draft -> checks.of(draft, DisclosureChecks.KEPT))
                        .map(DisclosureApi::json)
                        .orElse(null));
    }

    @PutMapping("/rules")
    DisclosureJson set(
            @PathVariable long datasetId, @RequestBody(required = false) DisclosureRulesForm body, Actor actor) {
        if (body == null) {
            throw new InvalidInputException("rules", Text.of("data-release.rules.no-body"));
        }
        setDisclosureRules.set(actor, datasetId, body);
        return show(datasetId, actor);
    }

    private static CheckJson json(DisclosureCheck check) {
        return new CheckJson(
                check.releaseId(),
                check.uploadId(),
                check.passed(),
                check.refusal() == null ? null : check.refusal().english(),
                check.tables(),
                check.nonEmpty(),
                check.primaries(),
                check.secondaries(),
                check.checkedBy(),
                check.checkedAt(),
                check.cells().stream()
                        .map(c -> new SuppressionJson(
                                c.period(),
                                c.measure(),
                                c.label(),
                                c.primary(),
                                c.status(),
                                c.reason().english()))
                        .toList(),
                check.records() == null
                        ? null
                        : new RecordsJson(
                                check.records().records(),
                                check.records().classes(),
                                check.records().rareClasses(),
                                check.records().k(),
                                check.records().suppressedByVariable(),
                                check.records().dropped()));
    }
}
