package org.statcommons.data;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Keeps a dataset's computed columns in step after any change to it or its releases: the checklist's score (the
 * catalogue's facet) and the instant its first release is or was out (the catalogue's filter, which lifts an embargo
 * by the clock alone). Every such change is told ({@link DatasetChanged}): this is the one place all of them pass.
 */
@Component
public class ChecklistScorer {

    private final Datasets datasets;
    private final Releases releases;
    private final ApplicationEventPublisher events;

    ChecklistScorer(Datasets datasets, Releases releases, ApplicationEventPublisher events) {
        this.datasets = datasets;
        this.releases = releases;
        this.events = events;
    }

    /** Recomputes them; {@code data.ingest} and {@code data.disclosure} call it after marking a release. */
    public OpenDataChecklist rescore(long datasetId) {
        Dataset dataset = datasets.byId(datasetId).orElseThrow();
        List<Release> all = releases.of(datasetId);
        OpenDataChecklist checklist = OpenDataChecklist.of(dataset.metadata(), all);
        Instant publicFrom = all.stream()
                .map(Release::releasedAt)
                .filter(Objects::nonNull)
                .min(Instant::compareTo)
                .orElse(null);
        datasets.setComputed(datasetId, checklist.score(), publicFrom);
        events.publishEvent(new DatasetChanged(datasetId, dataset.communityId()));
        return checklist;
    }
}
