package org.statcommons.academy;

import java.time.Clock;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Community;
import org.statcommons.content.CourseHistories;
import org.statcommons.content.Pages;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.Markdown;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;
import org.statcommons.platform.TextInput;

/**
 * Releases a course's main as a version with a changelog ({@link Action#MAINTAIN_COURSES} in the course's community):
 * the version is a semantic version greater than every earlier one of the course (so never one taken), the changelog
 * Markdown the platform's renderer can format. The release names main's commit now, in a row and in a Git tag
 * {@code v1.0} of the course's repository (so a clone shows it). The tag is made last, inside the transaction: a
 * refused tag undoes the row; a tag made for a row that then failed to commit names the same commit a repeat would.
 */
@Service
class ReleaseCourse {

    /** The longest changelog, in characters. */
    static final int MAX_CHANGELOG = 20_000;

    private final Permissions permissions;
    private final CourseAccess access;
    private final CourseReleases releases;
    private final Pages pages;
    private final CourseHistories histories;
    private final Markdown markdown;
    private final Clock clock;

    ReleaseCourse(
            Permissions permissions,
            CourseAccess access,
            CourseReleases releases,
            Pages pages,
            CourseHistories histories,
            Markdown markdown,
            Clock clock) {
        this.permissions = permissions;
        this.access = access;
        this.releases = releases;
        this.pages = pages;
        this.histories = histories;
        this.markdown = markdown;
        this.clock = clock;
    }

    @Transactional
    CourseRelease release(Actor actor, Community community, String courseName, NewRelease release) {
        Course course = access.readable(actor, community, courseName);
        permissions.require(actor, Action.MAINTAIN_COURSES, course.communityId());
        String commit = pages.mainCommit(course.spaceKey())
                .orElseThrow(() -> new NotFoundException(Text.of("academy.course.empty")));
        TextInput input = new TextInput();
        Optional<ReleaseVersion> version = ReleaseVersion.parse(release.version());
        if (version.isEmpty()) {
            input.error("version", Text.of("academy.release.version.invalid"));
        } else {
            refuseIfNotIncreasing(input, course, version.get());
        }
        String changelog = input.block(
                "changelog", Text.of("academy.release.changelog"), release.changelog(), MAX_CHANGELOG, true);
        markdown.problem(changelog).ifPresent(reason -> input.error("changelog", reason));
        input.throwIfInvalid();
        CourseRelease made = new CourseRelease(
                course.id(), version.get().text(), commit, changelog, actor.accountId(), clock.instant());
        try {
            releases.add(made, version.get());
        } catch (DuplicateKeyException e) {
            // another maintainer released the same version a moment ago
            throw new InvalidInputException("version", Text.of("academy.release.version.taken", made.version()));
        }
        histories.tag(course.id(), version.get().tag(), commit);
        return made;
    }

    private void refuseIfNotIncreasing(TextInput input, Course course, ReleaseVersion version) {
        if (releases.find(course.id(), version).isPresent()) {
            input.error("version", Text.of("academy.release.version.taken", version.text()));
            return;
        }
        Optional<ReleaseVersion> latest =
                releases.latest(course.id()).flatMap(earlier -> ReleaseVersion.parse(earlier.version()));
        if (latest.isPresent() && version.compareTo(latest.get()) <= 0) {
            input.error(
                    "version",
                    Text.of(
                            "academy.release.version.not-increasing",
                            version.text(),
                            latest.get().text()));
        }
    }
}
