package org.statcommons.outputs;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An output and where it stands. The approval fields name the version the body was asked to approve (main's commit and
 * the page's blob then); the endorsement fields the version it approved, which readers of the published page compare
 * with what they read.
 *
 * @param workstreamId the workstream it belongs to (an approved or active one when declared), or null
 */
record Output(
        long id,
        long communityId,
        String title,
        String path,
        long bodyId,
        String bodyName,
        Long workstreamId,
        OutputStage stage,
        Instant reviewEndsAt,
        Long decisionId,
        String approvalCommit,
        String approvalBlob,
        String endorsedCommit,
        String endorsedBlob,
        Instant endorsedAt,
        String submittedFor,
        LocalDate submittedOn,
        String documentSymbol,
        Instant createdAt) {}
