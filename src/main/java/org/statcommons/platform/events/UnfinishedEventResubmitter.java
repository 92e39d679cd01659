package org.statcommons.platform.events;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hands the events that a listener running after commit has not finished (it failed: the database refused, a page
 * could not be read; or a crash interrupted it) to that listener again, every
 * {@code statcommons.events.resubmit-interval} (five minutes), once they are at least that old: so the search index,
 * the activity stream and the notices catch up with what was saved without waiting for a restart (which republishes
 * them too). The listeners read the current state, or record an event once, so an event handled twice does no harm.
 */
@Component
class UnfinishedEventResubmitter {

    private final IncompleteEventPublications incomplete;
    private final Duration age;
    private final Clock clock;

    UnfinishedEventResubmitter(
            IncompleteEventPublications incomplete,
            @Value("${statcommons.events.resubmit-interval:PT5M}") Duration age,
            Clock clock) {
        this.incomplete = incomplete;
        this.age = age;
        this.clock = clock;
    }

    @Scheduled(
            initialDelayString = "${statcommons.events.resubmit-interval:PT5M}",
            fixedDelayString = "${statcommons.events.resubmit-interval:PT5M}")
    void resubmit() {
        Instant before = clock.instant().minus(age);
        // the age is checked here too: Spring Modulith 2.1.1's own minimum age let a failure of the last second through
        incomplete.resubmitIncompletePublications(ResubmissionOptions.defaults()
                .withMinAge(age)
                .withFilter(publication -> publication.getPublicationDate().isBefore(before)));
    }
}
