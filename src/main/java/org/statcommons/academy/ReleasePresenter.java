package org.statcommons.academy;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Community;
import org.statcommons.content.CourseHistories;
import org.statcommons.platform.Markdown;

/**
 * Builds what a course's releases page and the API show: each release with its changelog rendered and the addresses
 * to read and download it, and for maintainers the release to propose next (the next minor version, and the subjects
 * of the commits since the latest release as its changelog).
 */
@Component
class ReleasePresenter {

    /** The most commit subjects a proposed changelog lists; the count says how many more there are. */
    static final int PROPOSED_SUBJECTS = 50;

    /** A release as shown. */
    record ReleaseView(
            String version,
            String commitId,
            String changelog,
            String changelogHtml,
            Instant releasedAt,
            String address,
            String offlineAddress,
            String epubAddress) {

        public String shortCommit() {
            return commitId.substring(0, 12);
        }
    }

    /** A course's releases, newest first, whether this reader may release, and the release proposed next. */
    record ReleasesView(
            CourseView view, List<ReleaseView> releases, boolean mayRelease, int changesSinceLatest, NewRelease next) {}

    private final CoursePresenter presenter;
    private final CourseReleases releases;
    private final CourseHistories histories;
    private final Permissions permissions;
    private final Markdown markdown;

    ReleasePresenter(
            CoursePresenter presenter,
            CourseReleases releases,
            CourseHistories histories,
            Permissions permissions,
            Markdown markdown) {
        this.presenter = presenter;
        this.releases = releases;
        this.histories = histories;
        this.permissions = permissions;
        this.markdown = markdown;
    }

    ReleasesView releases(Actor actor, Community community, String name) {
        CourseView view = presenter.course(actor, community, name);
        List<CourseRelease> made = releases.of(view.course().id());
        String since = made.isEmpty() ? null : made.get(0).commitId();
        CourseHistories.Since changes = histories.since(view.course().id(), since, PROPOSED_SUBJECTS);
        String version = made.isEmpty()
                ? "1.0"
                : ReleaseVersion.parse(made.get(0).version())
                        .map(v -> v.nextMinor().text())
                        .orElse("");
        String changelog = changes.subjects().stream().map(s -> "- " + s).collect(Collectors.joining("\n"));
        if (changes.count() > changes.subjects().size()) {
            changelog += "\n- …";
        }
        return new ReleasesView(
                view,
                made.stream().map(release -> shown(view, release)).toList(),
                permissions.may(actor, Action.MAINTAIN_COURSES, view.course().communityId()),
                made.isEmpty() ? 0 : changes.count(),
                new NewRelease(version, changelog));
    }

    /** The versions of the course's releases, newest first (the fork form offers them). */
    List<String> versions(Course course) {
        return releases.of(course.id()).stream().map(CourseRelease::version).toList();
    }

    ReleaseView shown(CourseView view, CourseRelease release) {
        String address =
                CourseAddress.release(view.communitySlug(), view.course().name(), release.version());
        return new ReleaseView(
                release.version(),
                release.commitId(),
                release.changelog(),
                markdown.toHtml(release.changelog()),
                release.releasedAt(),
                address,
                address + "/offline.zip",
                address + "/course.epub");
    }
}
