package org.statcommons.data.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Actor;

/**
 * The public reading path of a dataset's observations for the other parts of {@code data} (charts, feeds): the latest
 * release that is out (past its embargo) with its data stored, the same release the data API and the downloads read
 * ({@link DatasetReleases#readable}). What is stored is what was published: a suppressed cell has no value.
 */
@Component
public class ReleasedDataReader {

    private final DatasetReleases releases;
    private final Uploads uploads;
    private final Observations observations;

    ReleasedDataReader(DatasetReleases releases, Uploads uploads, Observations observations) {
        this.releases = releases;
        this.uploads = uploads;
        this.observations = observations;
    }

    /** The dataset's latest public release with its data, or empty when there is none (or no such dataset). */
    @Transactional(readOnly = true)
    public Optional<ReleasedLayout> latest(long datasetId, Actor actor) {
        return releases.readable(datasetId, actor, false)
                .flatMap(releaseId -> uploads.ofRelease(releaseId)
                        .filter(u -> observations.has(releaseId))
                        .map(upload -> {
                            Observations.Layout layout = Observations.Layout.of(observations.components(releaseId));
                            return new ReleasedLayout(
                                    datasetId,
                                    releaseId,
                                    upload.id(),
                                    layout.dimensions(),
                                    layout.time(),
                                    layout.measures(),
                                    layout.attributes());
                        }));
    }

    /** A dimension's codes (its place, 0 first), sorted, at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<String> codes(ReleasedLayout data, int dimension, int limit) {
        return observations.codes(data.releaseId(), dimension + 1, limit);
    }

    /**
     * The observations whose codes match (for each dimension's place given, 0 first, one of its codes), by series and
     * period. The caller bounds the codes: this reads every period of the series they select.
     */
    @Transactional(readOnly = true)
    public List<DataPoint> read(ReleasedLayout data, Map<Integer, List<String>> codes) {
        Map<Integer, List<String>> byPlace = new java.util.LinkedHashMap<>();
        codes.forEach((place, list) -> byPlace.put(place + 1, list));
        List<Integer> series = observations.series(data.releaseId(), byPlace);
        List<DataPoint> points = new ArrayList<>();
        if (series.isEmpty()) {
            return points;
        }
        observations.read(
                data.releaseId(),
                series,
                null,
                null,
                o -> points.add(new DataPoint(o.key(), o.period(), o.value(), o.attributes())));
        return points;
    }
}
