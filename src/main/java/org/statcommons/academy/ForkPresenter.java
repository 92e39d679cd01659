package org.statcommons.academy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Communities;
import org.statcommons.community.Community;
import org.statcommons.content.CourseHistories;
import org.statcommons.platform.StatCommonsProperties;

/**
 * Builds what forks show: a fork's origin and upstream status ({@link ForkView}) and a course's fork network
 * ({@link NetworkView}). Both compare histories through content's engine ({@link CourseHistories#compare}); the network
 * lists only the forks this reader may read.
 */
@Component
class ForkPresenter {

    /** How deep the network's tree is shown: a fork of a fork of a fork ... stops here. */
    static final int MAX_DEPTH = 8;

    private final Courses courses;
    private final CourseForks forks;
    private final CourseAccess access;
    private final CourseReader reader;
    private final Communities communities;
    private final CourseHistories histories;
    private final Permissions permissions;
    private final StatCommonsProperties site;

    ForkPresenter(
            Courses courses,
            CourseForks forks,
            CourseAccess access,
            CourseReader reader,
            Communities communities,
            CourseHistories histories,
            Permissions permissions,
            StatCommonsProperties site) {
        this.courses = courses;
        this.forks = forks;
        this.access = access;
        this.reader = reader;
        this.communities = communities;
        this.histories = histories;
        this.permissions = permissions;
        this.site = site;
    }

    /**
     * The fork's origin, or empty for a course that is no fork; with how the origin stands now ({@code standing}) for
     * the screens that show it (the contents page, the API), which compare the histories. Every other page of the fork,
     * each image and the zip, need its attribution only.
     */
    Optional<ForkView> fork(Actor actor, Course course, boolean standing) {
        Optional<CourseFork> found = forks.of(course.id());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        CourseFork fork = found.get();
        Course origin = courses.byId(fork.originId()).orElseThrow();
        Community originCommunity = communities.byId(origin.communityId()).orElseThrow();
        String originAddress = CourseAddress.of(originCommunity.slug(), origin.name());
        // the attribution is the fork's own record; how the origin stands now is the origin's, told only to its readers
        boolean known = standing && access.mayRead(actor, origin);
        CourseHistories.Divergence divergence =
                known ? histories.compare(course.id(), origin.id()) : new CourseHistories.Divergence(0, 0, null);
        List<String> outOfDate = known && fork.translation() ? outOfDate(origin, divergence.base()) : List.of();
        return Optional.of(new ForkView(
                fork,
                originCommunity.slug(),
                origin.name(),
                originCommunity.name(),
                originAddress,
                site.link(originAddress),
                known,
                divergence.behind(),
                divergence.ahead(),
                outOfDate,
                known && permissions.may(actor, Action.MAINTAIN_COURSES, course.communityId()),
                known && access.mayWrite(actor, course)));
    }

    /** The episodes of the origin whose files changed since {@code base}, by address ({@code 02-first-commits}). */
    private List<String> outOfDate(Course origin, String base) {
        if (base == null) {
            return List.of();
        }
        List<String> episodes = new ArrayList<>();
        for (String path : histories.changedSince(origin.id(), base)) {
            if (path.startsWith(CourseReader.EPISODES) && path.endsWith(".md")) {
                String name = path.substring(CourseReader.EPISODES.length(), path.length() - ".md".length());
                if (CourseReader.EPISODE_NAME.matcher(name).matches()) {
                    episodes.add(name);
                }
            }
        }
        return episodes;
    }

    /** The community that keeps a course. */
    Community communityOf(Course course) {
        return communities.byId(course.communityId()).orElseThrow();
    }

    /** The communities this person may fork a course into: those where they maintain courses, by name. */
    List<Community> targets(Actor actor) {
        if (!actor.signedIn()) {
            return List.of();
        }
        return communities.all().stream()
                .map(Communities.Listed::community)
                .filter(community -> permissions.may(actor, Action.MAINTAIN_COURSES, community.id()))
                .toList();
    }

    /** The course and the forks made of it that this reader may read, as a tree. */
    NetworkView network(Actor actor, Course course) {
        Map<Long, List<CourseFork>> byOrigin = new HashMap<>();
        List<CourseFork> tree = forks.treeOf(course.id(), MAX_DEPTH);
        for (CourseFork fork : tree) {
            byOrigin.computeIfAbsent(fork.originId(), origin -> new ArrayList<>())
                    .add(fork);
        }
        Map<Long, Course> forked =
                courses.byIds(tree.stream().map(CourseFork::courseId).toList());
        return node(actor, course, null, byOrigin, forked);
    }

    private NetworkView node(
            Actor actor,
            Course course,
            CourseFork fork,
            Map<Long, List<CourseFork>> byOrigin,
            Map<Long, Course> forked) {
        Community community = communities.byId(course.communityId()).orElseThrow();
        CourseManifest manifest = reader.manifest(course);
        int behind = 0;
        int ahead = 0;
        if (fork != null) {
            CourseHistories.Divergence divergence = histories.compare(course.id(), fork.originId());
            behind = divergence.behind();
            ahead = divergence.ahead();
        }
        List<NetworkView> children = new ArrayList<>();
        for (CourseFork child : byOrigin.getOrDefault(course.id(), List.of())) {
            Course childCourse = forked.get(child.courseId());
            if (childCourse != null && access.mayRead(actor, childCourse)) {
                children.add(node(actor, childCourse, child, byOrigin, forked));
            }
        }
        return new NetworkView(
                community.name(),
                community.slug(),
                course.name(),
                manifest.title(),
                fork != null && fork.translation() ? fork.language() : manifest.language(),
                manifest.licence(),
                fork != null && fork.translation(),
                course.open(),
                behind,
                ahead,
                CourseAddress.of(community.slug(), course.name()),
                List.copyOf(children));
    }
}
