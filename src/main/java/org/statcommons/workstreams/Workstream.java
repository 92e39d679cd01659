package org.statcommons.workstreams;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A workstream of a community.
 *
 * @param termsPath   the path of its terms of reference in the community's space ({@code workstreams/<slug>/…})
 * @param decisionId  the decision that approves or declines it, once submitted
 * @param approvedOn  the day its body approved it: the reporting schedule counts from there
 */
public record Workstream(
        long id,
        long communityId,
        String slug,
        String title,
        String objectives,
        int durationMonths,
        int reportEveryMonths,
        WorkstreamStatus status,
        String termsPath,
        Long bodyId,
        Long decisionId,
        Long topicGroupId,
        LocalDate approvedOn,
        long proposedBy,
        Instant proposedAt,
        Instant closedAt) {

    /** The folder of the space its pages live in. */
    public String folder() {
        return folderOf(slug);
    }

    static String folderOf(String slug) {
        return "workstreams/" + slug + "/";
    }

    /** Its reporting schedule, from the day it was approved; empty before. */
    public ReportSchedule schedule() {
        return approvedOn == null ? ReportSchedule.NONE : new ReportSchedule(approvedOn, reportEveryMonths);
    }
}
