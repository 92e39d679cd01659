package org.statcommons.data;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.community.Community;
import org.statcommons.identity.Accounts;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;

/**
 * A reviewer releases a draft now, or schedules it for an announced instant ahead: it appears on the public release
 * calendar at once, and stays embargoed (invisible in every channel) until the clock reaches that instant; nothing has
 * to run then. An instant already past is refused rather than taken as "now", so that a typo never releases early.
 */
@Service
class ReleaseDataset {

    private final DataTeamChecker team;
    private final Datasets datasets;
    private final Releases releases;
    private final ChecklistScorer scorer;
    private final ObjectProvider<ReleaseConditions> conditions;
    private final Accounts accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReleaseDataset(
            DataTeamChecker team,
            Datasets datasets,
            Releases releases,
            ChecklistScorer scorer,
            ObjectProvider<ReleaseConditions> conditions,
            Accounts accounts,
            ApplicationEventPublisher events,
            Clock clock) {
        this.team = team;
        this.datasets = datasets;
        this.releases = releases;
        this.scorer = scorer;
        this.conditions = conditions;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @param at empty for now; else "2027-01-15 10:00" in the reviewer's zone, or an instant with its offset
     * @return the instant it is or will be out
     */
    @Transactional
    Instant release(Actor actor, Community community, long datasetId, long releaseId, String at, ZoneId zone) {
        team.require(actor, Action.RELEASE_DATASETS, community.id());
        Dataset dataset = datasets.inCommunity(community, datasetId);
        Release draft = releases.byId(releaseId)
                .filter(r -> r.datasetId() == dataset.id())
                .orElseThrow(() -> new NotFoundException(Text.of("data.release.none")));
        Instant now = clock.instant();
        if (draft.releasedAt() != null) {
            throw new ConflictException(Text.of("data.release.not-a-draft", draft.number()));
        }
        boolean scheduled = at != null && !at.isBlank();
        Instant when = scheduled ? instant(at.strip(), zone) : now;
        if (scheduled && !when.isAfter(now)) {
            throw new InvalidInputException("at", Text.of("data.release.in-past", at.strip()));
        }
        List<Text> unmet = new ArrayList<>();
        conditions.orderedStream().forEach(c -> unmet.addAll(c.unmet(dataset, draft)));
        if (!unmet.isEmpty()) {
            throw new ConflictException(unmet.get(0));
        }
        String name = accounts.byId(actor.accountId()).orElseThrow().displayName();
        if (!releases.release(draft.id(), when, scheduled, actor.accountId(), name)) {
            throw new ConflictException(Text.of("data.release.not-a-draft", draft.number()));
        }
        scorer.rescore(dataset.id());
        events.publishEvent(new ReleaseFixed(dataset.id(), draft.id()));
        return when;
    }

    private static Instant instant(String typed, ZoneId zone) {
        try {
            return OffsetDateTime.parse(typed).toInstant();
        } catch (DateTimeParseException notWithOffset) {
            // typed in the reviewer's zone
        }
        try {
            LocalDateTime local = LocalDateTime.parse(typed.replace(' ', 'T'));
            if (zone.getRules().getValidOffsets(local).isEmpty()) {
                throw new InvalidInputException("at", Text.of("data.release.skipped-hour", typed, zone.getId()));
            }
            return local.atZone(zone).toInstant();
        } catch (DateTimeException e) {
            throw new InvalidInputException("at", Text.of("data.release.not-a-time", shorten(typed)));
        }
    }

    private static String shorten(String typed) {
        return typed.length() <= 40 ? typed : typed.substring(0, 40) + "…";
    }
}
