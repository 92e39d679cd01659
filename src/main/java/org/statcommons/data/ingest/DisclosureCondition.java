package org.statcommons.data.ingest;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.statcommons.data.Dataset;
import org.statcommons.data.Release;
import org.statcommons.data.ReleaseConditions;
import org.statcommons.platform.Text;

/**
 * A draft with stored data goes out only when the disclosure check passed on that very data: the upload stored in it
 * is the one the last passed check protected. No release skips disclosure control.
 */
@Component
class DisclosureCondition implements ReleaseConditions {

    private final Observations observations;
    private final Uploads uploads;
    private final DisclosureChecks checks;

    DisclosureCondition(Observations observations, Uploads uploads, DisclosureChecks checks) {
        this.observations = observations;
        this.uploads = uploads;
        this.checks = checks;
    }

    @Override
    public List<Text> unmet(Dataset dataset, Release draft) {
        if (!observations.has(draft.id())) {
            return List.of();
        }
        Optional<Upload> stored = uploads.ofRelease(draft.id());
        boolean passed = draft.disclosurePassed()
                && stored.isPresent()
                && checks.of(draft.id(), 0)
                        .filter(c -> c.passed() && c.uploadId() == stored.get().id())
                        .isPresent();
        return passed ? List.of() : List.of(Text.of("data-release.release.not-passed", draft.number()));
    }
}
