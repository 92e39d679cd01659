package org.statcommons.access;

/**
 * A standing someone holds on one thing of a community, on top of their role: the lead of a workstream, a seat on a
 * body. The policy
 * holds no data, so the feature that knows the thing says whether the actor holds it
 * ({@link Permissions#may(Actor, Action, long, Standing, boolean)}); the rule of what the standing allows is here
 * ({@code Rules.standing}).
 */
public enum Standing {
    /**
     * Leads a workstream: may edit it, add its people, submit it, report on it and close it, and take its outputs
     * through (declare them, open their review, ask for their approval).
     */
    WORKSTREAM_LEAD,
    /**
     * Holds a seat on a body (its representative or alternate) while a current, unsuspended member of the community:
     * may propose decisions to that body. A seat left filled by someone who has left gives nothing.
     */
    BODY_MEMBER,
    /**
     * Owns a survey (its creator, and whom its owners add) while a current, unsuspended member: may build and send it,
     * read its results and its single responses.
     */
    SURVEY_OWNER,
    /** Was named an analyst of a survey by its owners: may read its results (aggregates only). */
    SURVEY_ANALYST,
    /**
     * Was named a data editor of the community by its secretariat (docs/open-data.md#roles): may describe its datasets
     * and prepare their releases, and read those not out yet.
     */
    DATA_EDITOR,
    /** Was named a data reviewer: what a data editor may, and release datasets or schedule their release. */
    DATA_REVIEWER,
    /**
     * Belongs to an organisation, confirmed by the platform's secretariat (docs/governance.md#organisations): may assess
     * its capabilities and read its assessments. A standing on a thing outside any community, asked through
     * {@link Permissions#may(Actor, Action, Standing, boolean)}.
     */
    ORGANISATION_PERSON
}
