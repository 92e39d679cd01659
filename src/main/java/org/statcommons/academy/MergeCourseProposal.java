package org.statcommons.academy;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Actor;
import org.statcommons.community.Community;
import org.statcommons.content.Author;
import org.statcommons.content.CourseProposals;
import org.statcommons.content.SaveResult;

/**
 * A maintainer of the course merges one of its proposals into main (a merge commit keeping the proposal's commits and
 * authors), or is shown the conflict, which changes nothing.
 */
@Service
class MergeCourseProposal {

    private final CourseAccess access;
    private final CourseReviewers reviewers;
    private final CourseProposals proposals;

    MergeCourseProposal(CourseAccess access, CourseReviewers reviewers, CourseProposals proposals) {
        this.access = access;
        this.reviewers = reviewers;
        this.proposals = proposals;
    }

    @Transactional
    SaveResult merge(Actor actor, Community community, String courseName, long id, Author author) {
        Course course = access.readable(actor, community, courseName);
        reviewers.requireMerge(actor, course);
        return proposals.merge(course.id(), id, author, actor.accountId());
    }
}
