package org.statcommons.notifications;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Starts the digest runs, every hour, for the people whose own morning it is: a daily digest at the set hour
 * in the time zone of each person's profile, a weekly one at that hour on the set day. Every server runs the
 * schedule; the slot (the hour the run was due, by the application's clock) is the same on all of them, and the
 * run claims each person for that slot once, so together they send each digest once.
 */
@Component
class DigestScheduler {

    private static final Logger log = LoggerFactory.getLogger(DigestScheduler.class);

    private final SendDigests sendDigests;
    private final Clock clock;

    DigestScheduler(SendDigests sendDigests, Clock clock) {
        this.sendDigests = sendDigests;
        this.clock = clock;
    }

    @Scheduled(cron = "0 0 * * * *", zone = "UTC")
    void hourly() {
        Instant slot = clock.instant().truncatedTo(ChronoUnit.HOURS);
        send(DigestPeriod.DAILY, slot);
        send(DigestPeriod.WEEKLY, slot);
    }

    private void send(DigestPeriod period, Instant slot) {
        try {
            sendDigests.sendLocalMorning(period, slot);
        } catch (RuntimeException e) {
            // people not reached keep their notices waiting and their old slot: the next run takes them
            log.warn("The {} digest run stopped: {}", period.word(), e.toString());
        }
    }
}
