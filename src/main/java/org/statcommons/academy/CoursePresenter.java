package org.statcommons.academy;

import java.util.List;
import org.springframework.stereotype.Component;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.NotAllowedException;
import org.statcommons.access.Permissions;
import org.statcommons.community.Community;
import org.statcommons.content.CourseHistories;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.StatCommonsProperties;
import org.statcommons.platform.Text;

/** Builds what the course screens show: a course with its material, and a community's list of courses. */
@Component
class CoursePresenter {

    private final Courses courses;
    private final CourseAccess access;
    private final CourseReader reader;
    private final Permissions permissions;
    private final StatCommonsProperties site;
    private final ForkPresenter forks;
    private final CourseReleases releases;
    private final CourseHistories histories;

    CoursePresenter(
            Courses courses,
            CourseAccess access,
            CourseReader reader,
            Permissions permissions,
            StatCommonsProperties site,
            ForkPresenter forks,
            CourseReleases releases,
            CourseHistories histories) {
        this.releases = releases;
        this.histories = histories;
        this.forks = forks;
        this.courses = courses;
        this.access = access;
        this.reader = reader;
        this.permissions = permissions;
        this.site = site;
    }

    /** The course for this reader: "not found" or refused when they may not read it. A fork names its origin. */
    CourseView course(Actor actor, Community community, String name) {
        return view(actor, community, name, false, null);
    }

    /** The same as of a release ({@code version}; main as it is now when null): "not found" for no such release. */
    CourseView course(Actor actor, Community community, String name, String version) {
        return view(actor, community, name, false, version);
    }

    /** The same for its contents page (and the API): a fork with how its origin stands now, for a reader of the origin. */
    CourseView contents(Actor actor, Community community, String name, String version) {
        return view(actor, community, name, true, version);
    }

    /**
     * The course for a screen that shows only its title and attribution (its fork network): read through its manifest
     * alone when its material is not kept. After the course's main moves, the first screen that needs its episodes reads
     * and renders all of them (some hundred milliseconds for 200); a list of its forks needs none of them.
     */
    CourseView heading(Actor actor, Community community, String name) {
        Course course = access.readable(actor, community, name);
        return view(actor, community, course, false, null, reader.heading(course));
    }

    private CourseView view(Actor actor, Community community, String name, boolean standing, String version) {
        Course course = access.readable(actor, community, name);
        CourseRelease release = version == null ? null : release(course, version);
        return view(
                actor,
                community,
                course,
                standing,
                release,
                release == null ? reader.read(course) : reader.readAt(course, release.commitId()));
    }

    private CourseView view(
            Actor actor,
            Community community,
            Course course,
            boolean standing,
            CourseRelease release,
            CourseMaterial material) {
        String name = course.name();
        boolean mayWrite = access.mayWrite(actor, course);
        CourseRelease latest =
                standing && release == null ? releases.latest(course.id()).orElse(null) : null;
        return new CourseView(
                community.slug(),
                community.name(),
                course,
                material,
                mayWrite,
                mayWrite ? site.link(CourseAddress.git(community.slug(), name)) : null,
                forks.fork(actor, course, standing).orElse(null),
                release,
                latest,
                latest == null
                        ? 0
                        : histories.since(course.id(), latest.commitId(), 0).count());
    }

    /** An episode's file as main holds it, for the edit form of those who write the course. */
    record EpisodeSource(CourseView view, Episode episode, String text) {}

    /** The episode's file to edit: "not found" for no such episode, refused to those who may not write the course. */
    EpisodeSource source(Actor actor, Community community, String name, String episodeName) {
        CourseView view = course(actor, community, name);
        if (!view.mayWrite()) {
            throw new NotAllowedException(Action.EDIT_COURSES, actor.signedIn());
        }
        Episode episode = view.material()
                .episode(episodeName)
                .orElseThrow(() -> new NotFoundException(Text.of("academy.episode.none")));
        return new EpisodeSource(
                view, episode, reader.source(view.course(), view.material().commitId(), episode.file()));
    }

    /** The course's release of this version, or "not found". */
    CourseRelease release(Course course, String version) {
        return ReleaseVersion.parse(version)
                .flatMap(parsed -> releases.find(course.id(), parsed))
                .orElseThrow(() -> new NotFoundException(Text.of("academy.release.none")));
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
