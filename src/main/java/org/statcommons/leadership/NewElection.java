package org.statcommons.leadership;

/**
 * An election as the secretariat sets it up, typed: the body that elects, a title, how many seats (co-lead terms),
 * the end of the nomination period and of the voting period ("2027-03-01 17:00" in the reader's zone, or with an
 * offset) and the first day of the winners' terms.
 */
record NewElection(
        String body, String title, String seats, String nominationsEnd, String votingEnd, String termStartsOn) {}
