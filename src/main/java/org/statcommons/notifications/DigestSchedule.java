package org.statcommons.notifications;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Starts the digest runs. Every server runs the schedule; the slot (the hour the run was due) is the same on
 * all of them, and the run claims each person for that slot once, so together they send each digest once.
 */
@Component
class DigestSchedule {

    private static final Logger log = LoggerFactory.getLogger(DigestSchedule.class);

    private final Digests digests;

    DigestSchedule(Digests digests) {
        this.digests = digests;
    }

    @Scheduled(cron = "${statcommons.notifications.daily-digest-cron:0 0 6 * * *}",
            zone = "${statcommons.notifications.digest-zone:UTC}")
    void daily() {
        run(Digests.Period.DAILY);
    }

    @Scheduled(cron = "${statcommons.notifications.weekly-digest-cron:0 0 6 * * MON}",
            zone = "${statcommons.notifications.digest-zone:UTC}")
    void weekly() {
        run(Digests.Period.WEEKLY);
    }

    private void run(Digests.Period period) {
        try {
            digests.run(period, Instant.now().truncatedTo(ChronoUnit.HOURS));
        } catch (RuntimeException e) {
            // people not reached keep their notices waiting and their old slot: the next run takes them
            log.warn("The {} digest run stopped: {}", period, e.toString());
        }
    }
}
