package org.statcommons.leadership;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every minute, like decisions' scheduler and with the same clock: counts the elections whose vote has ended, begins
 * the winners' terms whose day has come, and tells of the co-lead terms ending in 90 and 30 days. Every server runs
 * it; row locks and claims make each step happen once.
 */
@Component
class LeadershipScheduler {

    private final CountElections countElections;
    private final BeginTerms beginTerms;
    private final RemindTermEnds remindTermEnds;

    LeadershipScheduler(CountElections countElections, BeginTerms beginTerms, RemindTermEnds remindTermEnds) {
        this.countElections = countElections;
        this.beginTerms = beginTerms;
        this.remindTermEnds = remindTermEnds;
    }

    @Scheduled(initialDelayString = "PT25S", fixedDelayString = "${statcommons.leadership.schedule-interval:PT1M}")
    void run() {
        countElections.countDue();
        beginTerms.beginDue();
        remindTermEnds.remindDue();
    }
}
