package org.statcommons.data.ingest;

import java.util.Optional;
import org.statcommons.access.Actor;
import org.statcommons.data.Release;

/**
 * What ingest asks of datasets and releases (feature {@code data}): which draft release an editor's upload fills, and
 * which release a reader may read. The one implementation is {@link ReleasesOfDatasets}.
 */
public interface DatasetReleases {

    /**
     * The draft release an upload of this dataset goes into, when the actor may upload to it; throws
     * {@code NotFoundException} (no such dataset) or {@code NotAllowedException} otherwise.
     */
    long draftToFill(long datasetId, Actor actor);

    /**
     * The release this reader reads: the latest released and no longer embargoed one, or, when {@code draft} is asked
     * and the reader may edit the dataset, its draft. Empty when there is none to read.
     */
    Optional<Long> readable(long datasetId, Actor actor, boolean draft);

    /**
     * The release every reader reads when no draft is asked (the one {@link #readable} answers): the latest released and
     * no longer embargoed one with its data confirmed. Empty when there is none (or no such dataset).
     */
    Optional<Release> released(long datasetId);
}
