package org.statcommons.academy;

import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Actor;
import org.statcommons.community.Community;
import org.statcommons.content.Author;
import org.statcommons.content.CourseProposals;

/**
 * Resolves in the browser the conflicts a course's proposal has with main: the texts kept for the conflicting files
 * become a merge of main into the proposal, which then merges cleanly (the course's maintainers or the proposal's
 * author).
 */
@Service
class ResolveCourseConflicts {

    private final CourseAccess access;
    private final CourseReviewers reviewers;
    private final CourseProposals proposals;

    ResolveCourseConflicts(CourseAccess access, CourseReviewers reviewers, CourseProposals proposals) {
        this.access = access;
        this.reviewers = reviewers;
        this.proposals = proposals;
    }

    @Transactional
    void resolve(
            Actor actor, Community community, String courseName, long id, Map<String, String> kept, Author author) {
        Course course = access.readable(actor, community, courseName);
        reviewers.requireChange(actor, course, proposals.get(course.id(), id));
        proposals.resolve(course.id(), id, kept, author, actor.accountId());
    }
}
