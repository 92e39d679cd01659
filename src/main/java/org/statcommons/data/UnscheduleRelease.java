package org.statcommons.data;

import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.community.Community;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;

/**
 * A reviewer takes a scheduled release back to draft before its instant (a mistake found in time): it leaves the
 * calendar and stays unseen. A release already out cannot be taken back.
 */
@Service
class UnscheduleRelease {

    private final DataTeamChecker team;
    private final Datasets datasets;
    private final Releases releases;
    private final ChecklistScorer scorer;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    UnscheduleRelease(
            DataTeamChecker team,
            Datasets datasets,
            Releases releases,
            ChecklistScorer scorer,
            ApplicationEventPublisher events,
            Clock clock) {
        this.team = team;
        this.events = events;
        this.datasets = datasets;
        this.releases = releases;
        this.scorer = scorer;
        this.clock = clock;
    }

    @Transactional
    void unschedule(Actor actor, Community community, long datasetId, long releaseId) {
        team.require(actor, Action.RELEASE_DATASETS, community.id());
        Dataset dataset = datasets.inCommunity(community, datasetId);
        Release release = releases.byId(releaseId)
                .filter(r -> r.datasetId() == dataset.id())
                .orElseThrow(() -> new NotFoundException(Text.of("data.release.none")));
        if (!releases.unschedule(release.id(), clock.instant())) {
            throw new ConflictException(Text.of("data-release.unschedule.not-scheduled", release.number()));
        }
        scorer.rescore(dataset.id());
        events.publishEvent(new ReleaseUnscheduled(dataset.id(), release.id()));
    }
}
