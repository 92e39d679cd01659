package org.statcommons.data.ingest;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Actor;
import org.statcommons.data.Releases;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;

/**
 * Puts a confirmed upload with no problem left into the observation store of the dataset's draft release (replacing
 * what an earlier upload put there), in one transaction: the release has all of it or none, and disclosure control has
 * run on it (its report kept, a refusal too: the draft is then not marked as passed). Returns the observations (or, for record-level data, the records) stored.
 */
@Service
public class StoreUpload {

    private final DatasetReleases releases;
    private final Uploads uploads;
    private final UploadProblems problems;
    private final Observations observations;
    private final Records records;
    private final Releases datasetReleases;
    private final ReleaseProtector protector;
    private final Clock clock;

    StoreUpload(
            DatasetReleases releases,
            Uploads uploads,
            UploadProblems problems,
            Observations observations,
            Records records,
            Releases datasetReleases,
            ReleaseProtector protector,
            Clock clock) {
        this.releases = releases;
        this.uploads = uploads;
        this.problems = problems;
        this.observations = observations;
        this.records = records;
        this.datasetReleases = datasetReleases;
        this.protector = protector;
        this.clock = clock;
    }

    @Transactional
    public long store(Actor actor, long datasetId, long uploadId) {
        long releaseId = releases.draftToFill(datasetId, actor);
        Upload upload = uploads.ofDataset(datasetId, uploadId)
                .orElseThrow(() -> new NotFoundException(Text.of("data-ingest.upload.none")));
        if (upload.state() == Upload.State.STORED) {
            throw new ConflictException(Text.of("data-ingest.upload.stored"));
        }
        if (upload.state() != Upload.State.CONFIRMED) {
            throw new ConflictException(Text.of("data-ingest.upload.unconfirmed"));
        }
        long left = problems.count(uploadId);
        if (left > 0) {
            throw new ConflictException(Text.of("data-ingest.upload.problems", left));
        }
        observations.drop(releaseId);
        records.drop(releaseId);
        List<Column> structure = uploads.structure(uploadId);
        boolean recordLevel = Records.recordLevel(structure);
        long stored = recordLevel
                ? records.store(releaseId, uploadId, structure)
                : observations.store(releaseId, uploadId, structure);
        uploads.stored(uploadId, releaseId, clock.instant());
        datasetReleases.markDataConfirmed(releaseId, true);
        protector.protect(datasetId, releaseId, uploadId); // rescores the checklist, which now counts both marks
        if (recordLevel) {
            observations.dropPartition(releaseId); // last: it locks every reader of observations out until commit
        }
        return stored;
    }
}
