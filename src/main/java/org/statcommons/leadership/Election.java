package org.statcommons.leadership;

import java.time.Instant;
import java.time.LocalDate;

/** An election of co-leads by a body, for a number of seats (co-lead terms). */
record Election(
        long id,
        long communityId,
        long bodyId,
        String title,
        int seats,
        ElectionState state,
        Instant nominationsEnd,
        Instant votingEnd,
        LocalDate termStartsOn,
        long countSeed) {

    boolean nominating(Instant now) {
        return state == ElectionState.NOMINATING && now.isBefore(nominationsEnd);
    }

    boolean voting(Instant now) {
        return state == ElectionState.VOTING && now.isBefore(votingEnd);
    }
}
