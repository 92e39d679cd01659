package org.statcommons.academy;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Communities;
import org.statcommons.community.Community;

/**
 * A learning path as its reader sees it: each of its courses they may read, in order, with their progress in it
 * (nothing for someone signed out), and whether they completed the whole path: every course of the path completed,
 * those they may not read included.
 */
@Component
class PathPresenter {

    private final LearningPaths paths;
    private final Courses courses;
    private final CourseAccess access;
    private final CourseReader reader;
    private final Communities communities;
    private final LearningPresenter learning;
    private final Completions completions;
    private final Permissions permissions;

    PathPresenter(
            LearningPaths paths,
            Courses courses,
            CourseAccess access,
            CourseReader reader,
            Communities communities,
            LearningPresenter learning,
            Completions completions,
            Permissions permissions) {
        this.paths = paths;
        this.courses = courses;
        this.access = access;
        this.reader = reader;
        this.communities = communities;
        this.learning = learning;
        this.completions = completions;
        this.permissions = permissions;
    }

    /** A course on the path: its place, community, title, address, and the reader's progress (0 of n signed out). */
    record Step(
            int position,
            String communityName,
            String title,
            String address,
            boolean enrolled,
            int done,
            int total,
            boolean completed) {}

    record PathView(
            LearningPath path, String address, List<Step> steps, int hidden, boolean signedIn, boolean completed) {}

    /** The community's paths, and whether the reader may create one. */
    record PathList(List<LearningPath> paths, boolean mayCreate) {}

    PathList list(Actor actor, Community community) {
        return new PathList(
                paths.ofCommunity(community.id()), permissions.may(actor, Action.MAINTAIN_COURSES, community.id()));
    }

    PathView path(Actor actor, Community community, long id) {
        LearningPath path = paths.inCommunity(community.id(), id);
        List<Step> steps = new ArrayList<>();
        int hidden = 0;
        boolean completed = actor.signedIn();
        for (long courseId : path.courseIds()) {
            Course course = courses.byId(courseId).orElseThrow();
            boolean done = actor.signedIn()
                    && completions.of(courseId, actor.accountId()).isPresent();
            completed &= done;
            Community home = communities.byId(course.communityId()).orElse(null);
            if (home == null || !access.mayRead(actor, course)) {
                hidden++;
                continue;
            }
            CourseMaterial material = reader.read(course);
            LearningPresenter.Progress progress = learning.progress(actor, course, material);
            steps.add(new Step(
                    steps.size() + hidden + 1,
                    home.name(),
                    material.manifest().title(),
                    CourseAddress.of(home.slug(), course.name()),
                    progress.enrolled(),
                    progress.doneCount(),
                    progress.total(),
                    done));
        }
        return new PathView(path, CourseAddress.path(community.slug(), id), steps, hidden, actor.signedIn(), completed);
    }
}
