package org.statcommons.academy;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Actor;
import org.statcommons.community.Community;
import org.statcommons.content.Author;
import org.statcommons.content.CourseProposals;

/** Closes a course's proposal without merging it (the course's maintainers or the proposal's author). */
@Service
class CloseCourseProposal {

    private final CourseAccess access;
    private final CourseReviewers reviewers;
    private final CourseProposals proposals;

    CloseCourseProposal(CourseAccess access, CourseReviewers reviewers, CourseProposals proposals) {
        this.access = access;
        this.reviewers = reviewers;
        this.proposals = proposals;
    }

    @Transactional
    void close(Actor actor, Community community, String courseName, long id, Author author) {
        Course course = access.readable(actor, community, courseName);
        reviewers.requireChange(actor, course, proposals.get(course.id(), id));
        proposals.close(course.id(), id, actor.accountId(), author.name());
    }
}
