package org.statcommons.leadership;

import org.springframework.context.ApplicationContext;

/**
 * What the leadership scheduler does every minute, done at once for the tests of other packages that advance the
 * test clock past an election's vote or a term's first day and cannot wait for the scheduler.
 */
public final class LeadershipJobs {

    private LeadershipJobs() {}

    /** Counts the elections whose vote has ended and begins the terms whose day has come. */
    public static void runDue(ApplicationContext context) {
        context.getBean(CountElections.class).countDue();
        context.getBean(BeginTerms.class).beginDue();
    }
}
