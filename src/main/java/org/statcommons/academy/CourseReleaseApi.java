package org.statcommons.academy;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.community.Community;
import org.statcommons.community.Permitted;

/**
 * A course's releases in JSON, newest first, and releasing its main as a new version (maintainers), as on the site
 * ({@link CourseReleaseController}); the same policy and the same refusals, named by field.
 */
@RestController
class CourseReleaseApi {

    /** A release: its version, the commit and Git tag it names, its changelog and where to read and download it. */
    record ReleaseJson(
            String version,
            String tag,
            String commit,
            String changelog,
            String changelogHtml,
            Instant releasedAt,
            String url,
            String offlineZip,
            String epub) {}

    private final ReleasePresenter presenter;
    private final ReleaseCourse releaseCourse;

    CourseReleaseApi(ReleasePresenter presenter, ReleaseCourse releaseCourse) {
        this.presenter = presenter;
        this.releaseCourse = releaseCourse;
    }

    @GetMapping("/api/v1/communities/{slug}/courses/{course}/releases")
    List<ReleaseJson> releases(
            @Permitted(Action.VIEW_COMMUNITY_LANDING) Community community, @PathVariable String course, Actor actor) {
        return presenter.releases(actor, community, course).releases().stream()
                .map(CourseReleaseApi::json)
                .toList();
    }

    @PostMapping("/api/v1/communities/{slug}/courses/{course}/releases")
    ResponseEntity<ReleaseJson> release(
            @Permitted(Action.VIEW_COMMUNITY_LANDING) Community community,
            @PathVariable String course,
            @RequestBody NewRelease body,
            Actor actor) {
        CourseRelease made = releaseCourse.release(actor, community, course, body);
        ReleasePresenter.ReleasesView shown = presenter.releases(actor, community, course);
        ReleaseJson json = json(presenter.shown(shown.view(), made));
        return ResponseEntity.created(
                        URI.create("/api/v1/communities/" + community.slug() + "/courses/" + course + "/releases"))
                .body(json);
    }

    private static ReleaseJson json(ReleasePresenter.ReleaseView release) {
        return new ReleaseJson(
                release.version(),
                "v" + release.version(),
                release.commitId(),
                release.changelog(),
                release.changelogHtml(),
                release.releasedAt(),
                release.address(),
                release.offlineAddress(),
                release.epubAddress());
    }
}
