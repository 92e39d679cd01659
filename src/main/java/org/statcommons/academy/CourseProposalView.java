package org.statcommons.academy;

import java.util.List;
import org.statcommons.content.CourseProposal;

/**
 * A course's proposal as its page shows it: the course, the proposal, the files it changes, the files that conflict
 * with main now (each with both versions marked), and what this reader may do (merge: the course's maintainers;
 * resolve and close: they and the proposal's author).
 */
record CourseProposalView(
        CourseView course,
        CourseProposal proposal,
        List<CourseProposal.File> files,
        List<CourseProposal.Conflict> conflicts,
        boolean mayMerge,
        boolean mayChange) {

    public String address() {
        return CourseAddress.proposal(course.communitySlug(), course.course().name(), proposal.id());
    }
}
