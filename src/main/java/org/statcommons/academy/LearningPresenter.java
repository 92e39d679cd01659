package org.statcommons.academy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Communities;
import org.statcommons.community.Community;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.StatCommonsProperties;
import org.statcommons.platform.Text;

/**
 * What a learner sees of their studies: on a course's pages, whether they are enrolled and which episodes they marked
 * done ("3 of 5 episodes done"), with their completion; on {@code /academy/me}, every course they are enrolled in with
 * its progress and every certificate they earned. Progress counts the episodes the course has now.
 */
@Component
class LearningPresenter {

    private final CourseReleases releases;
    private final Permissions permissions;
    private final Enrolments enrolments;
    private final DoneEpisodes done;
    private final Completions completions;
    private final Courses courses;
    private final CourseAccess access;
    private final CourseReader reader;
    private final Communities communities;
    private final StatCommonsProperties site;

    LearningPresenter(
            Permissions permissions,
            Enrolments enrolments,
            DoneEpisodes done,
            Completions completions,
            Courses courses,
            CourseAccess access,
            CourseReader reader,
            Communities communities,
            StatCommonsProperties site,
            CourseReleases releases) {
        this.releases = releases;
        this.permissions = permissions;
        this.enrolments = enrolments;
        this.done = done;
        this.completions = completions;
        this.courses = courses;
        this.access = access;
        this.reader = reader;
        this.communities = communities;
        this.site = site;
    }

    /**
     * A learner's standing in one course: whether they may enrol (signed in, allowed by the policy), whether they are,
     * the episodes of the course now that they marked done, and their completion (null before).
     */
    record Progress(
            boolean signedIn, boolean mayEnrol, boolean enrolled, Set<String> done, int total, Completion completion) {

        public boolean isDone(Episode episode) {
            return done.contains(episode.name());
        }

        public int doneCount() {
            return done.size();
        }
    }

    /** The reader's progress in the course they are reading (its view already checked that they may read it). */
    Progress progress(Actor actor, Course course, CourseMaterial material) {
        int total = material.episodes().size();
        if (!actor.signedIn()) {
            return new Progress(false, false, false, Set.of(), total, null);
        }
        long learner = actor.accountId();
        Set<String> names = material.episodes().stream().map(Episode::name).collect(Collectors.toSet());
        Set<String> finished = done.of(course.id(), learner).stream()
                .filter(names::contains)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        return new Progress(
                true,
                permissions.may(actor, Action.ENROL_IN_COURSES, course.communityId()),
                enrolments.enrolled(course.id(), learner),
                finished,
                total,
                completions.of(course.id(), learner).orElse(null));
    }

    /** A course on the learner's list: where it is, its title, their progress and completion. */
    record Studied(
            String communitySlug,
            String communityName,
            String name,
            String title,
            String address,
            int done,
            int total,
            Completion completion) {}

    /** The learner's courses (those they may still read) and certificates, hidden ones included for them to manage. */
    record Learning(List<Studied> courses, List<Completion> certificates) {}

    Learning of(Actor actor) {
        long learner = actor.accountId();
        List<Studied> studied = new ArrayList<>();
        for (long courseId : enrolments.coursesOf(learner)) {
            Course course = courses.byId(courseId).orElse(null);
            if (course == null || !access.mayRead(actor, course)) {
                continue;
            }
            Community community = communities.byId(course.communityId()).orElse(null);
            if (community == null) {
                continue;
            }
            CourseMaterial material = reader.read(course);
            Progress progress = progress(actor, course, material);
            studied.add(new Studied(
                    community.slug(),
                    community.name(),
                    course.name(),
                    material.manifest().title(),
                    CourseAddress.of(community.slug(), course.name()),
                    progress.doneCount(),
                    progress.total(),
                    progress.completion()));
        }
        return new Learning(studied, completions.ofAccount(learner));
    }

    /** A certificate anyone may verify: not one hidden by its learner, whose address then says nothing. */
    Completion certificate(String code) {
        return completions
                .byCode(code)
                .filter(c -> !c.hidden())
                .map(this::released)
                .orElseThrow(() -> new NotFoundException(Text.of("academy-learning.certificate.none")));
    }

    /** The completion with the release of the course its commit belongs to, if any. */
    Completion released(Completion completion) {
        return completion.withRelease(
                releases.versionOf(completion.courseId(), completion.commitId()).orElse(null));
    }

    /** The absolute address of a certificate's verification page, as printed on it. */
    String verification(Completion completion) {
        return site.link(CourseAddress.certificate(completion.code()));
    }
}
