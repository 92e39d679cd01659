package org.statcommons.academy;

import java.time.Clock;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Communities;
import org.statcommons.community.Community;
import org.statcommons.content.CourseHistories;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.Text;
import org.statcommons.platform.TextInput;

/**
 * Forks a course into a community where the person maintains courses ({@link Action#MAINTAIN_COURSES}), its own or
 * another: a new course whose repository is a Git copy of the origin's main with its whole history
 * ({@link CourseHistories#fork}), and a record of where it came from ({@link CourseForks}) that its attribution and the
 * origin's fork network read. Only someone who may read the origin forks it; a licence that forbids derivatives (the
 * -ND Creative Commons licences) is refused with that reason; a fork of a members-only course is members-only. A
 * translation is a fork with the language it is translated into. A fork of a release starts at the release's commit
 * and records its version (so does a fork of main when main is a release's commit). The copy is made inside the transaction of the
 * row and the record: should they roll back, the copied repository is left unused under an id no course takes again
 * (a sequence gives ids once).
 */
@Service
class ForkCourse {

    /** Licences under which no adapted version may be shared. */
    static final Set<String> NO_DERIVATIVES = Set.of("CC-BY-ND-4.0", "CC-BY-NC-ND-4.0");

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");

    private final Permissions permissions;
    private final Courses courses;
    private final CourseForks forks;
    private final CourseAccess access;
    private final CourseReader reader;
    private final Communities communities;
    private final CourseHistories histories;
    private final CourseReleases releases;
    private final Clock clock;

    ForkCourse(
            Permissions permissions,
            Courses courses,
            CourseForks forks,
            CourseAccess access,
            CourseReader reader,
            Communities communities,
            CourseHistories histories,
            CourseReleases releases,
            Clock clock) {
        this.releases = releases;
        this.permissions = permissions;
        this.courses = courses;
        this.forks = forks;
        this.access = access;
        this.reader = reader;
        this.communities = communities;
        this.histories = histories;
        this.clock = clock;
    }

    @Transactional
    Course fork(Actor actor, Community community, String courseName, NewFork fork) {
        Course origin = access.readable(actor, community, courseName);
        Community target = communities
                .bySlug(fork.community() == null ? "" : fork.community().strip())
                .orElseThrow(() -> new InvalidInputException("community", Text.of("academy.fork.community.none")));
        permissions.require(actor, Action.MAINTAIN_COURSES, target.id());
        CourseRelease release = null;
        if (fork.fromRelease()) {
            release = ReleaseVersion.parse(fork.release())
                    .flatMap(version -> releases.find(origin.id(), version))
                    .orElseThrow(() -> new InvalidInputException(
                            "release",
                            Text.of("academy.fork.release.none", fork.release().strip())));
        }
        CourseManifest manifest =
                (release == null ? reader.read(origin) : reader.readAt(origin, release.commitId())).manifest();
        if (NO_DERIVATIVES.contains(manifest.licence())) {
            throw new InvalidInputException("licence", Text.of("academy.fork.no-derivatives", manifest.licence()));
        }
        TextInput input = new TextInput();
        String name = fork.name() == null ? "" : fork.name().strip();
        if (!NAME.matcher(name).matches()) {
            input.error("name", Text.of("academy.fork.name.invalid"));
        } else if (courses.nameTaken(target.id(), name)) {
            input.error("name", Text.of("academy.fork.name.taken", name));
        }
        String language = fork.isTranslation() ? fork.language().strip() : null;
        if (language != null && !Languages.valid(language)) {
            input.error("language", Text.of("academy.field.language.invalid"));
        }
        input.throwIfInvalid();
        long id = courses.add(target.id(), name, origin.open() && fork.isOpen(), actor.accountId(), clock.instant());
        String commit = histories.fork(origin.id(), id, release == null ? null : release.commitId());
        // forked from main, the fork still started from a release when main was exactly that release's commit
        String version = release != null
                ? release.version()
                : releases.of(origin.id()).stream()
                        .filter(r -> r.commitId().equals(commit))
                        .map(CourseRelease::version)
                        .findFirst()
                        .orElse(null);
        forks.add(new CourseFork(
                id, origin.id(), commit, manifest.title(), manifest.licence(), language, clock.instant(), version));
        return courses.byId(id).orElseThrow();
    }
}
