package org.statcommons.data.ingest;

import java.time.Instant;

/** An uploaded file of a dataset: what it was, how many rows it had, and where it stands. */
public record Upload(
        long id,
        long datasetId,
        Long releaseId,
        String fileName,
        FileKind kind,
        String delimiter,
        int columns,
        long rows,
        long bytes,
        State state,
        long uploadedBy,
        Instant uploadedAt) {

    /** Staged (structure guessed), confirmed (structure said, validated), stored (in a release's store). */
    public enum State {
        STAGED,
        CONFIRMED,
        STORED
    }
}
