package org.statcommons.academy;

import java.util.List;
import org.springframework.stereotype.Component;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Community;
import org.statcommons.platform.StatCommonsProperties;

/** Builds what the course screens show: a course with its material, and a community's list of courses. */
@Component
class CoursePresenter {

    private final Courses courses;
    private final CourseAccess access;
    private final CourseReader reader;
    private final Permissions permissions;
    private final StatCommonsProperties site;
    private final ForkPresenter forks;

    CoursePresenter(
            Courses courses,
            CourseAccess access,
            CourseReader reader,
            Permissions permissions,
            StatCommonsProperties site,
            ForkPresenter forks) {
        this.forks = forks;
        this.courses = courses;
        this.access = access;
        this.reader = reader;
        this.permissions = permissions;
        this.site = site;
    }

    /** The course for this reader: "not found" or refused when they may not read it. A fork names its origin. */
    CourseView course(Actor actor, Community community, String name) {
        return view(actor, community, name, false);
    }

    /** The same for its contents page (and the API): a fork with how its origin stands now, for a reader of the origin. */
    CourseView contents(Actor actor, Community community, String name) {
        return view(actor, community, name, true);
    }

    private CourseView view(Actor actor, Community community, String name, boolean standing) {
        Course course = access.readable(actor, community, name);
        boolean mayWrite = access.mayWrite(actor, course);
        return new CourseView(
                community.slug(),
                community.name(),
                course,
                reader.read(course),
                mayWrite,
                mayWrite ? site.link(CourseAddress.git(community.slug(), name)) : null,
                forks.fork(actor, course, standing).orElse(null));
    }

    /** A course of a community's list, with its manifest. */
    record Listed(Course course, CourseManifest manifest, int minutes, int episodes, String address) {}

    /** The community's list: the courses this reader may read, and whether they may create one. */
    record CourseList(List<Listed> courses, boolean mayCreate) {}

    CourseList list(Actor actor, Community community) {
        List<Listed> listed = courses.ofCommunity(community.id()).stream()
                .filter(course -> access.mayRead(actor, course))
                .map(course -> listed(course, CourseAddress.of(community.slug(), course.name())))
                .toList();
        return new CourseList(listed, permissions.may(actor, Action.MAINTAIN_COURSES, community.id()));
    }

    Listed listed(Course course, String address) {
        CourseMaterial material = reader.read(course);
        return new Listed(
                course,
                material.manifest(),
                material.minutes(),
                material.episodes().size(),
                address);
    }
}
