package org.statcommons.academy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Community;
import org.statcommons.meetings.SessionCalendar;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.Text;

/**
 * Adds a session to a run (maintainers): a scheduled meeting of the course's community, named by its number or its
 * address. The meeting stays the meetings feature's (organised, changed, cancelled there); the run keeps its id only
 * and asks meetings' public API ({@link SessionCalendar}) for its time and place whenever it is shown.
 */
@Service
class AddRunSession {

    private static final Pattern MEETING = Pattern.compile("^(?:.*/meetings/)?([0-9]{1,18})/?$");

    private final Permissions permissions;
    private final CourseAccess access;
    private final CourseRuns runs;
    private final SessionCalendar calendar;

    AddRunSession(Permissions permissions, CourseAccess access, CourseRuns runs, SessionCalendar calendar) {
        this.permissions = permissions;
        this.access = access;
        this.runs = runs;
        this.calendar = calendar;
    }

    @Transactional
    void add(Actor actor, Community community, String name, long runId, String meeting) {
        permissions.require(actor, Action.MAINTAIN_COURSES, community.id());
        Course course = access.readable(actor, community, name);
        CourseRun run = runs.ofCourse(course.id(), runId);
        String typed = meeting == null ? "" : meeting.strip();
        Matcher number = MEETING.matcher(typed.length() > 500 ? "" : typed);
        if (!number.matches()
                || calendar.scheduled(community.id(), Long.parseLong(number.group(1)))
                        .isEmpty()) {
            throw new InvalidInputException("meeting", Text.of("academy-learning.run.no-meeting"));
        }
        runs.addSession(run.id(), Long.parseLong(number.group(1)));
    }
}
