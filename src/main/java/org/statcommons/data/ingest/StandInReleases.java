package org.statcommons.data.ingest;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.NotAllowedException;

/**
 * Stands in for the releases of feature {@code data} until they are wired: each dataset has one draft release (its id
 * is the dataset's), only platform administrators upload and read it, and nothing is public, so that no draft leaks.
 */
@Component
class StandInReleases implements DatasetReleases {

    @Override
    public long draftToFill(long datasetId, Actor actor) {
        if (!actor.administrator()) {
            throw new NotAllowedException(Action.MANAGE_PLATFORM, actor.signedIn());
        }
        return datasetId;
    }

    @Override
    public Optional<Long> readable(long datasetId, Actor actor, boolean draft) {
        return draft && actor.administrator() ? Optional.of(datasetId) : Optional.empty();
    }
}
