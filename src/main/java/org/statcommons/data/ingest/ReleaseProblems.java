package org.statcommons.data.ingest;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * What stands between a release and its publication as far as its data goes, for the release's checks: nothing once a
 * validated upload is stored in it; otherwise that it has no data, and the problems of its dataset's last upload.
 */
@Component
public class ReleaseProblems {

    private final Uploads uploads;
    private final UploadProblems problems;
    private final Observations observations;

    ReleaseProblems(Uploads uploads, UploadProblems problems, Observations observations) {
        this.uploads = uploads;
        this.problems = problems;
        this.observations = observations;
    }

    /** The problems left (the first 1,000), empty when the release's data may be released. */
    public List<Problem> of(long datasetId, long releaseId) {
        if (observations.has(releaseId)) {
            return List.of();
        }
        var last = uploads.ofDataset(datasetId).stream().findFirst();
        if (last.isEmpty()) {
            return List.of(new Problem(0, "", "no-data", ""));
        }
        List<Problem> found = problems.of(last.get().id(), 1000);
        return found.isEmpty() ? List.of(new Problem(0, "", "no-data", "")) : found;
    }
}
