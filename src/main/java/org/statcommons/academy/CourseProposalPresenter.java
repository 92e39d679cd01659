package org.statcommons.academy;

import java.util.List;
import org.springframework.stereotype.Component;
import org.statcommons.access.Actor;
import org.statcommons.community.Community;
import org.statcommons.content.CourseProposal;
import org.statcommons.content.CourseProposals;

/** Builds a course's list of proposals and one proposal's page, for a reader who may read the course. */
@Component
class CourseProposalPresenter {

    private final CoursePresenter courses;
    private final CourseProposals proposals;
    private final CourseReviewers reviewers;

    CourseProposalPresenter(CoursePresenter courses, CourseProposals proposals, CourseReviewers reviewers) {
        this.courses = courses;
        this.proposals = proposals;
        this.reviewers = reviewers;
    }

    List<CourseProposal> list(CourseView view) {
        return proposals.list(view.course().id());
    }

    CourseProposalView proposal(Actor actor, Community community, String courseName, long id) {
        CourseView view = courses.course(actor, community, courseName);
        Course course = view.course();
        CourseProposal proposal = proposals.get(course.id(), id);
        return new CourseProposalView(
                view,
                proposal,
                proposals.files(course.id(), id),
                proposals.conflicts(course.id(), id),
                !proposal.finished() && reviewers.mayMerge(actor, course),
                !proposal.finished() && reviewers.mayChange(actor, course, proposal));
    }
}
