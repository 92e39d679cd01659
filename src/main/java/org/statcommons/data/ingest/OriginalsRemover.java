package org.statcommons.data.ingest;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.statcommons.data.ReleaseFixed;

/**
 * Forgets a release's original values once it is released or scheduled: what disclosure control withheld is then kept
 * nowhere, and the release holds only what it publishes. Runs inside the releasing transaction.
 */
@Component
class OriginalsRemover {

    private final Observations observations;

    OriginalsRemover(Observations observations) {
        this.observations = observations;
    }

    @EventListener
    void on(ReleaseFixed fixed) {
        observations.forgetOriginals(fixed.releaseId());
    }
}
