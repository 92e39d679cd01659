package org.statcommons.academy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Community;
import org.statcommons.community.MemberPicker;
import org.statcommons.platform.Text;
import org.statcommons.platform.TextInput;

/**
 * Creates a run of a course (maintainers: {@link Action#MAINTAIN_COURSES}): its title, first and last day, an optional
 * cap on participants, and up to ten instructors, each a current member of the course's community picked by name or
 * e-mail as every form picks members ({@link MemberPicker}). Every field's refusal at once; nothing is made then.
 */
@Service
class CreateCourseRun {

    static final int MAX_INSTRUCTORS = 10;

    private final Permissions permissions;
    private final CourseAccess access;
    private final CourseRuns runs;
    private final MemberPicker picker;
    private final Clock clock;

    CreateCourseRun(Permissions permissions, CourseAccess access, CourseRuns runs, MemberPicker picker, Clock clock) {
        this.permissions = permissions;
        this.access = access;
        this.runs = runs;
        this.picker = picker;
        this.clock = clock;
    }

    @Transactional
    long create(Actor actor, Community community, String name, NewCourseRun run) {
        permissions.require(actor, Action.MAINTAIN_COURSES, community.id());
        Course course = access.readable(actor, community, name);
        TextInput input = new TextInput();
        String title = input.line("title", Text.of("academy-learning.run.field.title"), run.title(), 200, true);
        LocalDate starts = input.day("startsOn", Text.of("academy-learning.run.field.starts"), run.startsOn(), true);
        LocalDate ends = input.day("endsOn", Text.of("academy-learning.run.field.ends"), run.endsOn(), true);
        if (starts != null && ends != null && ends.isBefore(starts)) {
            input.error("endsOn", Text.of("academy-learning.run.ends-before"));
        }
        Integer cap = cap(input, run.cap());
        String typed = input.block(
                "instructors", Text.of("academy-learning.run.field.instructors"), run.instructors(), 5_000, false);
        List<Long> instructors = new ArrayList<>();
        List<String> lines =
                typed.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        if (lines.size() > MAX_INSTRUCTORS) {
            input.error("instructors", Text.of("academy-learning.run.too-many-instructors", MAX_INSTRUCTORS));
        } else {
            for (String line : lines) {
                Long picked =
                        picker.pick(input, community.id(), MemberPicker.Among.MEMBERS, "instructors", line, false);
                if (picked != null) {
                    instructors.add(picked);
                }
            }
        }
        input.throwIfInvalid();
        return runs.add(course.id(), title, starts, ends, cap, instructors, actor.accountId(), clock.instant());
    }

    private static Integer cap(TextInput input, String typed) {
        String cap = typed == null ? "" : typed.strip();
        if (cap.isEmpty()) {
            return null;
        }
        if (cap.matches("[0-9]{1,5}")) {
            int value = Integer.parseInt(cap);
            if (value >= 1 && value <= 10_000) {
                return value;
            }
        }
        input.error("cap", Text.of("academy-learning.run.cap-invalid"));
        return null;
    }
}
