package org.statcommons.decisions;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every minute: closes the decisions whose deadline has come, then reminds the voters of those due in 24 hours. Every
 * server runs it; each decision is closed and reminded once (row locks and claims), so they may run together.
 */
@Component
class DecisionScheduler {

    private final CloseDecision closeDecision;
    private final RemindVoters remindVoters;

    DecisionScheduler(CloseDecision closeDecision, RemindVoters remindVoters) {
        this.closeDecision = closeDecision;
        this.remindVoters = remindVoters;
    }

    @Scheduled(initialDelayString = "PT20S", fixedDelayString = "${statcommons.decisions.schedule-interval:PT1M}")
    void run() {
        closeDecision.closeDue();
        remindVoters.remindDue();
    }
}
