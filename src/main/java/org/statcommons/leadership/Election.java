package org.statcommons.leadership;

import java.time.Instant;
import java.time.LocalDate;
import org.statcommons.platform.Text;
import org.statcommons.platform.TimePresenter;
import org.statcommons.platform.activity.ActivityTitle;

/**
 * An election of co-leads by a body, for a number of seats (co-lead terms). {@code titleText}: the title of an election
 * a term's reminder proposed, as a text of the bundles (shown in each reader's language) until the secretariat
 * announces it with a typed title; null when typed.
 */
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
        long countSeed,
        Text titleText) {

    /** The title as this reader reads it: in their language while StatCommons' proposal, else as typed. */
    public String titleIn(TimePresenter times) {
        return titleText == null ? title : ActivityTitle.shown(title, titleText, times);
    }

    boolean nominating(Instant now) {
        return state == ElectionState.NOMINATING && now.isBefore(nominationsEnd);
    }

    boolean voting(Instant now) {
        return state == ElectionState.VOTING && now.isBefore(votingEnd);
    }
}
