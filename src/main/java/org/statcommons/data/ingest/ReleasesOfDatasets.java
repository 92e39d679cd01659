package org.statcommons.data.ingest;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.data.DataTeamChecker;
import org.statcommons.data.Dataset;
import org.statcommons.data.Datasets;
import org.statcommons.data.Release;
import org.statcommons.data.Releases;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;

/**
 * The releases an upload fills and a reader reads, from the dataset's own releases: an upload goes into the newest draft
 * (prepared on the dataset's page by a data editor), and readers read the newest release that is out with its data.
 * Scheduled releases stay embargoed here too: a release is readable only once its instant has passed.
 */
@Component
class ReleasesOfDatasets implements DatasetReleases {

    private final Datasets datasets;
    private final Releases releases;
    private final DataTeamChecker team;
    private final Clock clock;

    ReleasesOfDatasets(Datasets datasets, Releases releases, DataTeamChecker team, Clock clock) {
        this.datasets = datasets;
        this.releases = releases;
        this.team = team;
        this.clock = clock;
    }

    @Override
    public long draftToFill(long datasetId, Actor actor) {
        Dataset dataset = datasets.byId(datasetId).orElseThrow(() -> new NotFoundException(Text.of("data.none")));
        team.require(actor, Action.EDIT_DATASETS, dataset.communityId());
        return newestDraft(datasetId)
                .orElseThrow(() -> new ConflictException(Text.of("data-ingest.release.no-draft")))
                .id();
    }

    @Override
    public Optional<Long> readable(long datasetId, Actor actor, boolean draft) {
        Optional<Dataset> dataset = datasets.byId(datasetId);
        if (dataset.isEmpty()) {
            return Optional.empty();
        }
        if (draft) {
            return team.may(actor, Action.EDIT_DATASETS, dataset.get().communityId())
                    ? newestDraft(datasetId).map(Release::id)
                    : Optional.empty();
        }
        return released(datasetId).map(Release::id);
    }

    @Override
    public Optional<Release> released(long datasetId) {
        Instant now = clock.instant();
        return releases.of(datasetId).stream()
                .filter(r -> r.releasedWithData(now))
                .findFirst();
    }

    private Optional<Release> newestDraft(long datasetId) {
        return releases.of(datasetId).stream()
                .filter(r -> r.releasedAt() == null)
                .findFirst();
    }
}
