package org.statcommons.academy;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Communities;
import org.statcommons.community.Community;
import org.statcommons.platform.Text;
import org.statcommons.platform.TextInput;

/**
 * Creates a learning path (maintainers: {@link Action#MAINTAIN_COURSES}): a title, for whom, and up to 50 courses in
 * order, from any community, each one the maintainer may read. A course that cannot be found or read, or is named
 * twice, is refused naming its line (the first at fault); nothing is created then.
 */
@Service
class CreateLearningPath {

    static final int MAX_COURSES = 50;

    /** {@code community/course}, {@code /c/community/courses/course}, or a full link ending so. */
    private static final Pattern ADDRESS = Pattern.compile(
            "^(?:[a-z][a-z0-9+.-]*://[^/\\s]+)?/?(?:c/)?([a-z0-9][a-z0-9-]{0,79})/(?:courses/)?([a-z0-9][a-z0-9-]{0,79})/?$");

    private final Permissions permissions;
    private final Communities communities;
    private final Courses courses;
    private final CourseAccess access;
    private final LearningPaths paths;
    private final Clock clock;

    CreateLearningPath(
            Permissions permissions,
            Communities communities,
            Courses courses,
            CourseAccess access,
            LearningPaths paths,
            Clock clock) {
        this.permissions = permissions;
        this.communities = communities;
        this.courses = courses;
        this.access = access;
        this.paths = paths;
        this.clock = clock;
    }

    @Transactional
    long create(Actor actor, Community community, NewLearningPath path) {
        permissions.require(actor, Action.MAINTAIN_COURSES, community.id());
        TextInput input = new TextInput();
        String title = input.line("title", Text.of("academy-learning.path.field.title"), path.title(), 200, true);
        String audience =
                input.line("audience", Text.of("academy-learning.path.field.audience"), path.audience(), 300, false);
        String typed =
                input.block("courses", Text.of("academy-learning.path.field.courses"), path.courses(), 20_000, true);
        List<Long> chosen = new ArrayList<>();
        if (!input.hasErrors()) {
            String[] lines = typed.split("\n");
            if (lines.length > MAX_COURSES) {
                input.error("courses", Text.of("academy-learning.path.too-many", MAX_COURSES));
            } else {
                for (int i = 0; i < lines.length; i++) {
                    String line = lines[i].strip();
                    if (line.isEmpty()) {
                        continue;
                    }
                    Text refused = course(actor, line, chosen);
                    if (refused != null) {
                        // the form shows one message per field: the first line at fault, named by its number
                        input.error("courses", Text.of("academy-learning.path.line", i + 1, refused));
                        break;
                    }
                }
                if (chosen.isEmpty() && !input.hasErrors()) {
                    input.error("courses", Text.of("academy-learning.path.empty"));
                }
            }
        }
        input.throwIfInvalid();
        return paths.add(community.id(), title, audience, chosen, actor.accountId(), clock.instant());
    }

    /** Adds the course a line names to {@code chosen}; why it cannot be, or null. */
    private Text course(Actor actor, String line, List<Long> chosen) {
        Matcher address = ADDRESS.matcher(line);
        if (!address.matches()) {
            return Text.of("academy-learning.path.not-an-address", line.length() > 80 ? line.substring(0, 80) : line);
        }
        Course course = communities
                .bySlug(address.group(1))
                .flatMap(c -> courses.byName(c.id(), address.group(2)))
                .filter(c -> access.mayRead(actor, c))
                .orElse(null);
        if (course == null) {
            return Text.of("academy-learning.path.no-course", address.group(1) + "/" + address.group(2));
        }
        if (chosen.contains(course.id())) {
            return Text.of("academy-learning.path.twice", address.group(1) + "/" + address.group(2));
        }
        chosen.add(course.id());
        return null;
    }
}
