package org.statcommons.workstreams;

import java.time.LocalDate;

/** A workplan of a community: annual or medium-term, over a period, drafted, proposed, then approved or declined. */
public record Workplan(
        long id,
        long communityId,
        String title,
        Kind kind,
        LocalDate startsOn,
        LocalDate endsOn,
        Status status,
        Long bodyId,
        Long decisionId) {

    public enum Kind {
        ANNUAL,
        MEDIUM_TERM
    }

    public enum Status {
        /** Being written by the secretariat; items may be added. */
        DRAFT,
        /** Put to a body: a decision is open. */
        PROPOSED,
        APPROVED,
        DECLINED
    }
}
