package org.statcommons.data.ingest;

import java.util.List;
import org.springframework.stereotype.Component;
import org.statcommons.data.Dataset;
import org.statcommons.data.Release;
import org.statcommons.data.ReleaseConditions;
import org.statcommons.platform.Text;

/**
 * A draft whose dataset has an upload under way goes out only with that upload stored in it: nothing half-checked is
 * released. A release that describes the dataset without data (no upload at all) is not held back here.
 */
@Component
class StoredDataCondition implements ReleaseConditions {

    private final Uploads uploads;
    private final Observations observations;

    StoredDataCondition(Uploads uploads, Observations observations) {
        this.uploads = uploads;
        this.observations = observations;
    }

    @Override
    public List<Text> unmet(Dataset dataset, Release draft) {
        if (observations.has(draft.id()) || uploads.ofDataset(dataset.id()).isEmpty()) {
            return List.of();
        }
        return List.of(Text.of("data-ingest.release.not-stored", draft.number()));
    }
}
